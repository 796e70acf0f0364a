package sqlite_test

import (
	"os"
	"path/filepath"
	"testing"
)

// writeFile writes content to name in a temporary folder and returns its path.
func writeFile(tb testing.TB, name, content string) string {
	tb.Helper()
	p := filepath.Join(tb.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		tb.Fatal(err)
	}
	return p
}
