package main

import (
	"context"
	"fmt"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
)

// kbAddCmd is "factdesk kb add".
type kbAddCmd struct{}

func (kbAddCmd) usage() usage {
	return usage{name: "kb add", args: "[--db PATH] --story ID [--approve] [FILE|-]",
		summary: "add one fact (YAML, as in a story's facts:), pending unless --approve"}
}

func (c kbAddCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	story := fs.String("story", "", "`ID` of the story the fact belongs to (required)")
	approve := fs.Bool("approve", false, "approve the fact at once instead of leaving it pending")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if *story == "" || len(rest) > 1 {
		return misuse(fs, "needs --story ID and at most one file (or - for stdin)")
	}
	in, err := m.readInput(ctx, rest)
	if err != nil {
		return err
	}
	kb, err := m.openExistingKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	f, err := kb.AddFact(ctx, actor(), in, sqlite.AddOptions{Story: *story, Approve: *approve})
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Added %s (%s). Before editing the story's file again, export it (kb export --story %s DIR): a re-import of an older file removes this fact.\n", f.FullID(), f.Status, f.Story)
	if f.Status == facts.StatusPending {
		fmt.Fprintf(m.Stdout, "It answers once an editor approves it: factdesk kb approve %s\n", f.FullID())
	}
	return nil
}
