package main

import (
	"context"
	"fmt"
)

// kbBackupCmd is "factdesk kb backup".
type kbBackupCmd struct{}

func (kbBackupCmd) usage() usage {
	return usage{name: "kb backup", args: "[--db PATH] FILE",
		summary: "write a consistent copy of the knowledge base (safe while serving)"}
}

func (c kbBackupCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	arg, err := oneArg(fs, args, "needs the file to write the backup to")
	if err != nil {
		return err
	}
	kb, err := m.openExistingKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	if err := kb.Backup(ctx, arg); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Backed up %s to %s.\n", kb.Path(), arg)
	return nil
}
