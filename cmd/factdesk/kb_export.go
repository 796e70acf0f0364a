package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/factdesk/factdesk/facts/sqlite"
)

// kbExportCmd is "factdesk kb export".
type kbExportCmd struct{}

func (kbExportCmd) usage() usage {
	return usage{name: "kb export", args: "[--db PATH] [--story ID] [--force] [--json] DIR",
		summary: "write stories and lexicons back as files (refusing to overwrite files that differ, unless --force)"}
}

func (c kbExportCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	story := fs.String("story", "", "export only the story with this `ID`")
	force := fs.Bool("force", false, "overwrite files in DIR that differ from what the export writes")
	asJSON := fs.Bool("json", false, "print the summary as JSON")
	arg, err := oneArg(fs, args, "needs one folder to write to")
	if err != nil {
		return err
	}
	if st, err := os.Stat(arg); err == nil && !st.IsDir() {
		return misuse(fs, "%s is a file, not a folder: the export writes one file per story into a folder", arg)
	}
	kb, err := m.openKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	start := time.Now()
	bar, clearBar := m.progressBar(*asJSON)
	n, err := kb.Export(ctx, arg, sqlite.ExportOptions{Story: *story, Progress: bar, Overwrite: *force})
	clearBar()
	var conflict *sqlite.ExportConflictError
	if errors.As(err, &conflict) {
		return &usageError{cmd: "kb export", msg: conflict.Error() + " Move them away, or overwrite them with --force."}
	}
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
