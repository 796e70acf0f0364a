// Package sqlitetest opens real knowledge bases for tests: a SQLite file in the
// test's temporary folder, closed when the test ends. No test mocks the
// database.
package sqlitetest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
)

// Open opens a new knowledge base loaded with the bundled stories, as a fresh
// clone would have, and imports the files at paths into it.
func Open(tb testing.TB, paths ...string) *sqlite.KB {
	tb.Helper()
	kb, err := sqlite.OpenOrSeed(context.Background(), filepath.Join(tb.TempDir(), "kb.db"))
	if err != nil {
		tb.Fatalf("open knowledge base: %v", err)
	}
	tb.Cleanup(func() { kb.Close() })
	if len(paths) > 0 {
		Import(tb, kb, paths...)
	}
	return kb
}

// OpenEmpty opens a new knowledge base without the bundled stories.
func OpenEmpty(tb testing.TB) *sqlite.KB {
	tb.Helper()
	kb, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "kb.db"))
	if err != nil {
		tb.Fatalf("open knowledge base: %v", err)
	}
	tb.Cleanup(func() { kb.Close() })
	return kb
}

// Import imports files or folders into kb, failing the test on any error.
func Import(tb testing.TB, kb *sqlite.KB, paths ...string) facts.ImportSummary {
	tb.Helper()
	sum, err := kb.ImportPaths(context.Background(), facts.Actor{Name: "test"}, paths, sqlite.ImportOptions{})
	if err != nil {
		tb.Fatalf("import %v: %v", paths, err)
	}
	return sum
}
