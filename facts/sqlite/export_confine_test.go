package sqlite_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

// TestKB_Export_NeverThroughALink: a symbolic link planted in the export folder
// by the name of a file the export writes is refused, with or without
// Overwrite: the file it points to is left as it was, and nothing is written.
func TestKB_Export_NeverThroughALink(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.Open(t)
	victim := filepath.Join(t.TempDir(), "victim.txt")
	if err := os.WriteFile(victim, []byte("not yours\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	link := filepath.Join(dir, "un-xinjiang-2021.yaml")
	if err := os.Symlink(victim, link); err != nil {
		t.Fatal(err)
	}
	for _, overwrite := range []bool{false, true} {
		_, err := kb.Export(ctx, dir, sqlite.ExportOptions{Overwrite: overwrite})
		if msg := facts.ErrorMessage(err); facts.ErrorCode(err) != facts.EINVALID || !strings.Contains(msg, "un-xinjiang-2021.yaml in it is a symbolic link") {
			t.Errorf("overwrite %v: err = %v; want refused, naming the link", overwrite, err)
		}
		if got, _ := os.ReadFile(victim); string(got) != "not yours\n" {
			t.Fatalf("overwrite %v: the file behind the link was written: %q", overwrite, got)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("overwrite %v: a refused export left %d entries in the folder, want only the link", overwrite, len(entries))
		}
	}
	os.Remove(link)
	if _, err := kb.Export(ctx, dir, sqlite.ExportOptions{}); err != nil {
		t.Fatalf("with the link gone: %v", err)
	}
	if st, err := os.Lstat(link); err != nil || !st.Mode().IsRegular() {
		t.Errorf("the story was not written as a file: %v, %v", st, err)
	}
}

// TestKB_Export_IDsThatAreNoFileNames: a story whose id is no file name (as a
// tampered backup could hold, "../../x") makes the export refuse before
// writing anything, inside the folder or out of it.
func TestKB_Export_IDsThatAreNoFileNames(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.Open(t)
	db, err := sql.Open("sqlite", kb.Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	top := t.TempDir()
	dir := filepath.Join(top, "a", "b")
	for _, c := range []struct{ id, why string }{
		{"../../x", `"../../x" must be a slug`},
		{strings.Repeat("x", 300), "is 300 characters long"},
	} {
		if _, err := db.Exec(`INSERT INTO stories (id, title, date) VALUES (?, 'Planted', '2024-01-01')`, c.id); err != nil {
			t.Fatal(err)
		}
		_, err := kb.Export(ctx, dir, sqlite.ExportOptions{Overwrite: true})
		if msg := facts.ErrorMessage(err); facts.ErrorCode(err) != facts.EINVALID || !strings.Contains(msg, c.why) || !strings.Contains(msg, "Nothing was written") {
			t.Errorf("story id %.20q: err = %v; want refused saying %q", c.id, err, c.why)
		}
		if _, err := os.Stat(filepath.Join(top, "x.yaml")); err == nil {
			t.Fatal("the export wrote outside its folder")
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("story id %.20q: a refused export wrote %d file(s)", c.id, len(entries))
		}
		if _, err := db.Exec(`DELETE FROM stories WHERE id = ?`, c.id); err != nil {
			t.Fatal(err)
		}
	}
}
