package main

import (
	"github.com/factdesk/factdesk/facts/sqlite"

	"context"
	"fmt"
)

func (m *Main) runKBBackup(ctx context.Context, args []string) error {
	fs := m.newFlagSet("kb backup", "kb backup [--db PATH] FILE")
	db := fs.String("db", "", dbHelp)
	arg, err := oneArg(fs, args, "kb backup needs the file to write the backup to")
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

func (m *Main) runKBRestore(ctx context.Context, args []string) error {
	fs := m.newFlagSet("kb restore", "kb restore [--db PATH] FILE")
	db := fs.String("db", "", dbHelp)
	arg, err := oneArg(fs, args, "kb restore needs the backup file to restore from")
	if err != nil {
		return err
	}
	target := *db
	if target == "" {
		target = m.Config.DB
	}
	saved, err := sqlite.Restore(ctx, arg, target)
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
