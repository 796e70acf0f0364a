package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/factdesk/factdesk/facts"
)

// kbShowCmd is "factdesk kb show".
type kbShowCmd struct{}

func (kbShowCmd) usage() usage {
	return usage{name: "kb show", args: "[--db PATH] [--json] STORY-ID|STORY-ID/FACT-ID",
		summary: "show a story, with each fact's status, or one fact"}
}

func (c kbShowCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	asJSON := fs.Bool("json", false, "print JSON")
	arg, err := oneArg(fs, args, "needs one story id or fact id")
	if err != nil {
		return err
	}
	kb, err := m.openKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	if strings.Contains(arg, "/") {
		f, err := kb.Fact(ctx, arg)
		if err != nil {
			return err
		}
		if *asJSON {
			return json.NewEncoder(m.Stdout).Encode(f)
		}
		printFact(m, f)
		return nil
	}
	sf, err := kb.StoryFile(ctx, arg)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(m.Stdout).Encode(sf)
	}
	fmt.Fprintf(m.Stdout, "%s (%s)\n%s\n", sf.Story.Title, sf.Story.Date, sf.Story.Summary)
	for _, s := range sf.Sources {
		fmt.Fprintf(m.Stdout, "Source %s: %s\n", s.ID, citation(s))
	}
	counts := map[string]int{}
	correctedBy := map[string]string{} // fact -> the approved fact that corrects it
	for i, f := range sf.Facts {
		if f.Status == "" {
			sf.Facts[i].Status = facts.StatusApproved // the file format's default
		}
		counts[sf.Facts[i].Status]++
		if f.Supersedes != "" && sf.Facts[i].Status == facts.StatusApproved {
			correctedBy[f.Supersedes] = f.ID
		}
	}
	fmt.Fprintf(m.Stdout, "\n%d entities, %d facts (%d approved, %d pending, %d retracted):\n", len(sf.Entities), len(sf.Facts),
		counts[facts.StatusApproved], counts[facts.StatusPending], counts[facts.StatusRetracted])
	for _, f := range sf.Facts {
		status := f.Status
		if by := correctedBy[f.ID]; by != "" && f.Status == facts.StatusApproved {
			status += ", corrected by " + sf.Story.ID + "/" + by
		}
		fmt.Fprintf(m.Stdout, "  %s/%s [%s]: %s\n", sf.Story.ID, f.ID, status, f.Statement)
	}
	return nil
}

func printFact(m *Main, f facts.FactRecord) {
	w := m.Stdout
	fmt.Fprintf(w, "%s [%s]\n%s\n", f.FullID(), f.Status, f.Statement)
	if f.Quote != "" {
		fmt.Fprintf(w, "  \u201c%s\u201d \u2014 %s\n", f.Quote, f.SpeakerName)
	}
	for _, kv := range [][2]string{{"subject", f.SubjectName}, {"predicate", f.Predicate}, {"object", f.Object}, {"unit", f.Unit}, {"date", f.Date}, {"place", f.Place}, {"supersedes", f.Supersedes}, {"superseded by", f.SupersededBy}} {
		if kv[1] != "" {
			fmt.Fprintf(w, "  %s: %s\n", kv[0], kv[1])
		}
	}
	if f.Value != nil {
		fmt.Fprintf(w, "  value: %g\n", *f.Value)
	}
	fmt.Fprintf(w, "  Source: %s\n  Story: %s\n", citation(f.SourceInfo), f.StoryTitle)
}
