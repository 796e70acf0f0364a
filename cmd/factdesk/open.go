package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

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
		return nil, facts.Errorf(facts.EINVALID, "No knowledge base at %s (set --db or FACTDESK_DB).", absPath(path))
	}
	kb, err := sqlite.Open(ctx, path)
	if err != nil {
		return nil, err
	}
	kb.KeepDeliveries = m.Config.KeepDeliveries
	return kb, nil
}

// openKB opens the knowledge base named by --db or the settings, creating a new
// one with the bundled stories when there is no file yet, and saying so: a
// mistyped path must not pass for a knowledge base. The folder must exist.
func (m *Main) openKB(ctx context.Context, path string) (*sqlite.KB, error) {
	if path == "" {
		path = m.Config.DB
	}
	kb, created, err := sqlite.OpenOrCreate(ctx, path)
	if err != nil {
		return nil, err
	}
	kb.KeepDeliveries = m.Config.KeepDeliveries
	if created {
		what := "the bundled story"
		if stories, err := kb.Stories(ctx); err == nil && len(stories) != 1 {
			what = fmt.Sprintf("the %d bundled stories", len(stories))
		}
		fmt.Fprintf(m.Stderr, "factdesk: created a new knowledge base at %s, with %s\n", absPath(path), what)
	}
	return kb, nil
}

// absPath is path made absolute, for messages; path itself if that fails.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

// dbHelp describes every command's --db flag.
const dbHelp = "the knowledge base file at `PATH` (default $FACTDESK_DB, else factdesk.db here)"
