package main

import (
	"github.com/factdesk/factdesk/facts/sqlite"

	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/user"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/factdesk/factdesk/facts"
)

const kbUsage = `Usage: factdesk kb COMMAND [flags]

Commands:
  import FILE|DIR...     import story and lexicon files (all or nothing)
  export [--story ID] DIR  write stories and lexicons back as files
  list                   list the stories
  show ID                show a story (story-id) or a fact (story-id/fact-id)
` + kbCurationUsage

func (m *Main) runKB(ctx context.Context, args []string) error {
	if len(args) == 0 || args[0] == "--help" || args[0] == "-h" || args[0] == "help" {
		fmt.Fprint(m.Stderr, kbUsage)
		if len(args) == 0 {
			return usageErrorf("kb needs a command: import, export, list or show")
		}
		return nil
	}
	switch args[0] {
	case "import":
		return m.runKBImport(ctx, args[1:])
	case "export":
		return m.runKBExport(ctx, args[1:])
	case "list":
		return m.runKBList(ctx, args[1:])
	case "show":
		return m.runKBShow(ctx, args[1:])
	case "synth": // hidden: synthetic stories for load tests (kb_synth.go)
		return m.runKBSynth(ctx, args[1:])
	}
	if run, ok := m.curationCommands()[args[0]]; ok {
		return run(ctx, args[1:])
	}
	return usageErrorf("unknown kb command %q (try import, export, list, show, add, retract, approve, flag, pending, history, backup, restore, draft)", args[0])
}

// actor names the person at the terminal for the history.
func actor() facts.Actor {
	name := os.Getenv("USER")
	if u, err := user.Current(); err == nil && name == "" {
		name = u.Username
	}
	if name == "" {
		name = "cli"
	}
	return facts.Actor{Name: name}
}

func (m *Main) runKBImport(ctx context.Context, args []string) error {
	fs := m.newFlagSet("kb import", "kb import [--db PATH] [--json] FILE|DIR...")
	db := fs.String("db", "", dbHelp)
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		fs.Usage()
		return usageErrorf("kb import needs at least one file or folder")
	}
	kb, err := m.openKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	start := time.Now()
	pctx, clearBar := m.withProgress(ctx, *asJSON)
	sum, err := kb.ImportPaths(pctx, actor(), paths...)
	clearBar()
	if err != nil {
		return err
	}
	took := since(start)
	if *asJSON {
		return json.NewEncoder(m.Stdout).Encode(struct {
			facts.ImportSummary
			Seconds float64 `json:"seconds"`
		}{sum, took.Seconds()})
	}
	fmt.Fprintf(m.Stdout, "Imported %d file(s) in %v: %d story(ies), %d lexicon(s); facts: %d created, %d updated, %d removed, %d in all.\n",
		sum.Files, took, sum.Stories, sum.Lexicons, sum.Created, sum.Updated, sum.Removed, sum.Facts)
	if sum.KeptRetracted > 0 {
		fmt.Fprintf(m.Stdout, "%d fact(s) the file lists as approved stay retracted, as an editor decided; kb approve ID restores one.\n", sum.KeptRetracted)
	}
	return nil
}

func (m *Main) runKBExport(ctx context.Context, args []string) error {
	fs := m.newFlagSet("kb export", "kb export [--db PATH] [--story ID] [--json] DIR")
	db := fs.String("db", "", dbHelp)
	story := fs.String("story", "", "export only this story")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	arg, err := oneArg(fs, args, "kb export needs one folder to write to")
	if err != nil {
		return err
	}
	kb, err := m.openKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	start := time.Now()
	pctx, clearBar := m.withProgress(ctx, *asJSON)
	n, err := kb.Export(pctx, arg, *story)
	clearBar()
	if err != nil {
		return err
	}
	took := since(start)
	nfacts, err := factCount(ctx, kb, *story)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(m.Stdout).Encode(map[string]any{"dir": arg, "stories": n, "facts": nfacts, "seconds": took.Seconds()})
	}
	fmt.Fprintf(m.Stdout, "Exported %d story(ies), %d fact(s) to %s in %v.\n", n, nfacts, arg, took)
	return nil
}

// factCount counts the facts of every story, or of one, for export's summary.
func factCount(ctx context.Context, kb *sqlite.KB, story string) (int, error) {
	stories, err := kb.Stories(ctx)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, s := range stories {
		if story == "" || s.ID == story {
			n += s.Facts
		}
	}
	return n, nil
}

func (m *Main) runKBList(ctx context.Context, args []string) error {
	fs := m.newFlagSet("kb list", "kb list [--db PATH] [--json]")
	db := fs.String("db", "", dbHelp)
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parseInterspersed(fs, args); err != nil {
		return err
	}
	kb, err := m.openKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	stories, err := kb.Stories(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(m.Stdout).Encode(stories)
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STORY\tDATE\tFACTS\tPENDING\tTITLE")
	for _, s := range stories {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", s.ID, s.Date, s.Approved, s.Pending, s.Title)
	}
	return tw.Flush()
}

func (m *Main) runKBShow(ctx context.Context, args []string) error {
	fs := m.newFlagSet("kb show", "kb show [--db PATH] [--json] STORY-ID|STORY-ID/FACT-ID")
	db := fs.String("db", "", dbHelp)
	asJSON := fs.Bool("json", false, "print JSON")
	arg, err := oneArg(fs, args, "kb show needs one story id or fact id")
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
	fmt.Fprintf(m.Stdout, "\n%d entities, %d facts:\n", len(sf.Entities), len(sf.Facts))
	for _, f := range sf.Facts {
		status := ""
		if f.Status != facts.StatusApproved {
			status = " [" + f.Status + "]"
		}
		fmt.Fprintf(m.Stdout, "  %s/%s%s: %s\n", sf.Story.ID, f.ID, status, f.Statement)
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
