package sqlite_test

import (
	"github.com/factdesk/factdesk/facts/sqlite"

	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// MustOpenDB opens a new knowledge base in a temporary folder, loaded with the
// bundled stories, as a fresh clone would have.
func MustOpenDB(tb testing.TB) *sqlite.KB {
	tb.Helper()
	kb, err := sqlite.OpenOrSeed(context.Background(), filepath.Join(tb.TempDir(), "kb.db"))
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	tb.Cleanup(func() { kb.Close() })
	return kb
}

// MustOpenEmpty opens an empty knowledge base (no bundled stories).
func MustOpenEmpty(tb testing.TB) *sqlite.KB {
	tb.Helper()
	kb, err := sqlite.Open(context.Background(), filepath.Join(tb.TempDir(), "kb.db"))
	if err != nil {
		tb.Fatalf("open: %v", err)
	}
	tb.Cleanup(func() { kb.Close() })
	return kb
}

// MustImport imports files into kb, failing the test on any error.
func MustImport(tb testing.TB, kb *sqlite.KB, paths ...string) facts.ImportSummary {
	tb.Helper()
	sum, err := kb.ImportPaths(context.Background(), facts.Actor{Name: "test"}, paths...)
	if err != nil {
		tb.Fatalf("import %v: %v", paths, err)
	}
	return sum
}

// writeFile writes content to name in a temporary folder and returns its path.
func writeFile(tb testing.TB, name, content string) string {
	tb.Helper()
	p := filepath.Join(tb.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}
