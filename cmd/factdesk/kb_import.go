package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
)

// kbImportCmd is "factdesk kb import".
type kbImportCmd struct{}

func (kbImportCmd) usage() usage {
	return usage{name: "kb import", args: "[--db PATH] [--json] [--no-notice] FILE|DIR...",
		summary: "import story and lexicon files (all or nothing)"}
}

func (c kbImportCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	noNotice := fs.Bool("no-notice", false, "post no correction in chat for the facts the files retract or supersede")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return misuse(fs, "needs at least one file or folder")
	}
	kb, err := m.openKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	start := time.Now()
	bar, clearBar := m.progressBar(*asJSON)
	sum, err := kb.ImportPaths(ctx, actor(), paths, sqlite.ImportOptions{Progress: bar, NoNotice: *noNotice})
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
	if sum.Corrections > 0 {
		fmt.Fprintf(m.Stdout, "%d correction(s) will be posted in chat, where facts the files retract or supersede were cited; see them with factdesk kb corrections.\n", sum.Corrections)
	}
	if sum.KeptRetracted > 0 {
		fmt.Fprintf(m.Stdout, "%d fact(s) the file lists as approved stay retracted, as an editor decided; kb approve ID restores one.\n", sum.KeptRetracted)
	}
	return nil
}
