package main

import (
	"context"
	"os"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
)

// openExistingKB opens a knowledge base that must already exist: curating or
// backing up a file that is not there is a mistake, not a reason to create one.
func (m *Main) openExistingKB(ctx context.Context, path string) (*sqlite.KB, error) {
	if path == "" {
		path = m.Config.DB
	}
	if _, err := os.Stat(path); err != nil {
		return nil, facts.Errorf(facts.EINVALID, "No knowledge base at %s (set --db or FACTDESK_DB).", path)
	}
	return sqlite.Open(ctx, path)
}

// openKB opens the knowledge base named by --db or the settings, seeding a new one.
func (m *Main) openKB(ctx context.Context, path string) (*sqlite.KB, error) {
	if path == "" {
		path = m.Config.DB
	}
	return sqlite.OpenOrSeed(ctx, path)
}

// dbHelp describes every command's --db flag.
const dbHelp = "knowledge base file (default $FACTDESK_DB, else factdesk.db)"
