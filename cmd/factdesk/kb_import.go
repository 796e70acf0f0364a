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
	return usage{name: "kb import", args: "[--db PATH] [--json] [--no-notice] [--update-entities] [--theirs|--ours] FILE|DIR...",
		summary: "import story and lexicon files (all or nothing), merged with what the knowledge base changed since"}
}

func (c kbImportCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	noNotice := fs.Bool("no-notice", false, "post no correction in chat for the facts the files retract or supersede")
	updateEntities := fs.Bool("update-entities", false, "let the files change a shared entity's name, kind or title for every story")
	theirs := fs.Bool("theirs", false, "for a fact changed both in its file and in the knowledge base since the last import or export, take the file's")
	ours := fs.Bool("ours", false, "for a fact changed both in its file and in the knowledge base since the last import or export, keep the knowledge base's")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return misuse(fs, "needs at least one file or folder")
	}
	resolve := sqlite.Refuse
	switch {
	case *theirs && *ours:
		return misuse(fs, "takes --theirs or --ours, not both")
	case *theirs:
		resolve = sqlite.TakeTheirs
	case *ours:
		resolve = sqlite.KeepOurs
	}
	kb, err := m.openKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	start := time.Now()
	bar, clearBar := m.progressBar(*asJSON)
	sum, err := kb.ImportPaths(ctx, actor(), paths, sqlite.ImportOptions{Progress: bar, NoNotice: *noNotice, UpdateEntities: *updateEntities, Resolve: resolve})
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
	if sum.Kept > 0 {
		fmt.Fprintf(m.Stdout, "%d fact(s) added or changed in the knowledge base since the files were last imported or exported are kept as they are there.\n", sum.Kept)
	}
	if sum.Resolved > 0 {
		fmt.Fprintf(m.Stdout, "%d fact(s) changed both in the files and in the knowledge base were settled as you chose.\n", sum.Resolved)
	}
	if sum.EntitiesChanged > 0 {
		fmt.Fprintf(m.Stdout, "%d shared entity(ies) changed; see factdesk kb history entity:ID.\n", sum.EntitiesChanged)
	}
	if sum.KeptRetracted > 0 {
		fmt.Fprintf(m.Stdout, "%d fact(s) the file lists as approved stay retracted, as an editor decided; kb approve ID restores one.\n", sum.KeptRetracted)
	}
	return nil
}
