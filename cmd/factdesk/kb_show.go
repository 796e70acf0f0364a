package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
)

// kbShowCmd is "factdesk kb show".
type kbShowCmd struct{}

func (kbShowCmd) usage() usage {
	return usage{name: "kb show", args: "[--db PATH] [--json] STORY-ID|STORY-ID/FACT-ID|ENTITY-ID",
		summary: "show a story, with each fact's status, one fact with its curation, or an entity with the stories that use it"}
}

func (c kbShowCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	asJSON := fs.Bool("json", false, "print JSON")
	arg, err := oneArg(fs, args, "needs one story id, fact id or entity id")
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
		cur, err := kb.FactCuration(ctx, arg)
		if err != nil {
			return err
		}
		if *asJSON {
			return json.NewEncoder(m.Stdout).Encode(struct {
				facts.FactRecord
				Curation *facts.Curation `json:"curation,omitempty"`
			}{f, nilIfZero(cur)})
		}
		printFact(m, f)
		printCuration(m, "  ", cur)
		return nil
	}
	if id, ok := strings.CutPrefix(arg, "entity:"); ok {
		return showEntity(ctx, m, kb, id, *asJSON)
	}
	sf, err := kb.StoryFile(ctx, arg)
	if facts.ErrorCode(err) == facts.ENOTFOUND {
		// Not a story: an entity, perhaps. Stories and entities may share an id;
		// entity:ID names the entity then.
		if _, eerr := kb.Entity(ctx, arg); eerr == nil {
			return showEntity(ctx, m, kb, arg, *asJSON)
		}
		return facts.Errorf(facts.ENOTFOUND, "No story or entity %q in the knowledge base (kb list lists the stories).", arg)
	}
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
		printCuration(m, "      ", sf.Curation[f.ID])
	}
	return nil
}

// showEntity prints an entity and the stories that use it: a curator about to
// change a shared entity sees whom it affects.
func showEntity(ctx context.Context, m *Main, kb *sqlite.KB, id string, asJSON bool) error {
	use, err := kb.EntityUse(ctx, id)
	if err != nil {
		return err
	}
	if asJSON {
		return json.NewEncoder(m.Stdout).Encode(use)
	}
	w, e := m.Stdout, use.Entity
	fmt.Fprintf(w, "%s (entity %s, %s)\n", e.Name, e.ID, e.Kind)
	for _, kv := range [][2]string{{"Title", e.Title}, {"Aliases", strings.Join(e.Aliases, ", ")}, {"Members", strings.Join(e.Members, ", ")}} {
		if kv[1] != "" {
			fmt.Fprintf(w, "%s: %s\n", kv[0], kv[1])
		}
	}
	fmt.Fprintf(w, "\nUsed by %d story(ies):\n", len(use.Stories))
	for _, s := range use.Stories {
		var how []string
		if s.Declares {
			how = append(how, "declares it")
		}
		if s.Facts > 0 {
			how = append(how, fmt.Sprintf("%d fact(s) about it", s.Facts))
		}
		fmt.Fprintf(w, "  %s: %s (%s)\n", s.Story, s.Title, strings.Join(how, "; "))
	}
	fmt.Fprintf(w, "Its changes: factdesk kb history entity:%s\n", e.ID)
	return nil
}

// printCuration prints what editors did to a fact: why and by whom it was
// retracted, who approved it, its flags open and closed.
func printCuration(m *Main, indent string, c facts.Curation) {
	w := m.Stdout
	if c.RetractedBy != "" || c.Reason != "" {
		by := ""
		if c.RetractedBy != "" {
			by = " by " + c.RetractedBy
		}
		fmt.Fprintf(w, "%sretracted%s: %s\n", indent, by, c.Reason)
	}
	if c.ApprovedBy != "" {
		fmt.Fprintf(w, "%sapproved by %s\n", indent, c.ApprovedBy)
	}
	for _, fl := range c.Flags {
		state := "open"
		if fl.ClosedAt != "" {
			state = fmt.Sprintf("closed by %s at %s: %s", fl.ClosedBy, fl.ClosedAt, fl.Resolution)
		}
		fmt.Fprintf(w, "%sflag by %s via %s at %s (%s): %s\n", indent, fl.Actor, fl.Surface, fl.At, state, fl.Note)
	}
}

func nilIfZero(c facts.Curation) *facts.Curation {
	if c.IsZero() {
		return nil
	}
	return &c
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
