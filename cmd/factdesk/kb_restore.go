package main

import (
	"context"
	"fmt"

	"github.com/factdesk/factdesk/facts/sqlite"
)

// kbRestoreCmd is "factdesk kb restore".
type kbRestoreCmd struct{}

func (kbRestoreCmd) usage() usage {
	return usage{name: "kb restore", args: "[--db PATH] FILE",
		summary: "replace the knowledge base with a backup (stop serve first)"}
}

func (c kbRestoreCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	arg, err := oneArg(fs, args, "needs the backup file to restore from")
	if err != nil {
		return err
	}
	target := *db
	if target == "" {
		target = m.Config.DB
	}
	saved, err := sqlite.Restore(ctx, arg, target, sqlite.RestoreOptions{})
	if err != nil {
		return err
	}
	// Opening brings a backup from an older factdesk up to the current schema.
	kb, err := sqlite.Open(ctx, target)
	if err != nil {
		return fmt.Errorf("open the restored knowledge base: %w", err)
	}
	kb.Close()
	fmt.Fprintf(m.Stdout, "Restored %s from %s.\n", target, arg)
	if saved != "" {
		fmt.Fprintf(m.Stdout, "The knowledge base it replaced is kept as %s.\n", saved)
	}
	return nil
}
