package main

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// oneLine fails the test unless a command exited 2 with one line on stderr that
// holds want, and no "internal error".
func oneLine(t *testing.T, what string, errOut string, code int, want string) {
	t.Helper()
	if code != exitUsage || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, want) || strings.Contains(errOut, "internal error") {
		t.Errorf("%s: exit %d, stderr %q; want exit 2 and one line holding %q", what, code, errOut, want)
	}
}

// TestOpen_NotAKnowledgeBase: a --db that is a folder, a file that is not a
// database, or another program's SQLite database is refused with one clear line
// (exit 2, not an internal error), by the commands that create a knowledge base
// and by those that need one; the file is left as it was.
func TestOpen_NotAKnowledgeBase(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("Call the mayor's office back.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(dir, "other-app.db")
	db, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(context.Background(), `CREATE TABLE contacts (name TEXT)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	foreignBefore, _ := os.ReadFile(foreign)

	for _, tt := range []struct {
		name, path, want string
	}{
		{"Folder", dir, dir + " is a folder, not a knowledge base file"},
		{"TextFile", text, text + " is not a knowledge base: it is not a SQLite database at all"},
		{"OtherSQLite", foreign, foreign + " is a SQLite database but not a factdesk knowledge base"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, args := range [][]string{
				{"ask", "--db", tt.path, "Who signed the statement?"},
				{"kb", "list", "--db", tt.path},
				{"kb", "pending", "--db", tt.path},
				{"check", "--db", tt.path, "-"},
			} {
				_, errOut, code := run(t, "", "A coalition of 43 countries signed it.", args...)
				oneLine(t, strings.Join(args[:2], " "), errOut, code, tt.want)
			}
		})
	}
	if after, _ := os.ReadFile(foreign); string(after) != string(foreignBefore) {
		t.Error("the other program's database was changed")
	}
	if after, _ := os.ReadFile(text); string(after) != "Call the mayor's office back.\n" {
		t.Error("the text file was changed")
	}
}

// TestAsk_UnknownStory: ask --story with a story the knowledge base does not
// hold is an error, as for check, not "not in the knowledge base".
func TestAsk_UnknownStory(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	mustRun(t, db, "", 0, "kb", "list")
	for _, args := range [][]string{
		{"ask", "--story", "no-such-id", "Who signed the statement?"},
		{"ask", "--json", "--story", "no-such-id", "Who signed the statement?"},
		{"check", "--story", "no-such-id", "-"},
	} {
		out, errOut, code := run(t, db, "A coalition of 43 countries signed it.", args...)
		oneLine(t, strings.Join(args, " "), errOut, code, `No story "no-such-id" in the knowledge base`)
		if out != "" {
			t.Errorf("%v: stdout %q, want nothing", args, out)
		}
	}
	out := mustRun(t, db, "", 0, "ask", "--story", "un-xinjiang-2021", "Who signed the statement?")
	if !strings.Contains(out, "43") {
		t.Errorf("ask --story of a story it holds:\n%s", out)
	}
}

// TestKB_ExportSafely: kb export onto a file is refused; an export over files
// that differ from what it would write refuses, names them and writes nothing,
// unless --force; files that already hold the same are fine.
func TestKB_ExportSafely(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	mustRun(t, db, "", 0, "kb", "import", rivertonFile)

	file := filepath.Join(dir, "notes.txt")
	os.WriteFile(file, []byte("notes\n"), 0o644)
	_, errOut, code := run(t, db, "", "kb", "export", file)
	oneLine(t, "export onto a file", errOut, code, file+" is a file, not a folder")

	exp := filepath.Join(dir, "export")
	mustRun(t, db, "", 0, "kb", "export", exp)
	mustRun(t, db, "", 0, "kb", "export", exp) // the same files again: nothing to refuse

	story := filepath.Join(exp, "riverton-transit-2024.yaml")
	lexicon, _ := filepath.Glob(filepath.Join(exp, "lexicon-*.yaml"))
	if len(lexicon) == 0 {
		t.Fatal("no lexicon exported")
	}
	edited := []byte("# a curator's edit, not yet imported\n")
	for _, f := range []string{story, lexicon[0]} {
		os.WriteFile(f, edited, 0o644)
	}
	untouched, _ := os.ReadFile(filepath.Join(exp, "un-xinjiang-2021.yaml"))
	os.Remove(filepath.Join(exp, "un-xinjiang-2021.yaml"))

	_, errOut, code = run(t, db, "", "kb", "export", exp)
	oneLine(t, "export over edited files", errOut, code, "2 file(s) in "+exp+" differ from what the export would write: riverton-transit-2024.yaml, "+filepath.Base(lexicon[0]))
	if !strings.Contains(errOut, "--force") {
		t.Errorf("the refusal does not say how to overwrite: %q", errOut)
	}
	if got, _ := os.ReadFile(story); string(got) != string(edited) {
		t.Error("the edited file was overwritten")
	}
	if _, err := os.Stat(filepath.Join(exp, "un-xinjiang-2021.yaml")); err == nil {
		t.Error("a refused export wrote the other files")
	}

	mustRun(t, db, "", 0, "kb", "export", "--force", exp)
	if got, _ := os.ReadFile(story); string(got) == string(edited) || !strings.Contains(string(got), "riverton-transit-2024") {
		t.Errorf("--force did not write the story:\n%s", got)
	}
	if got, _ := os.ReadFile(filepath.Join(exp, "un-xinjiang-2021.yaml")); string(got) != string(untouched) {
		t.Error("--force did not write the other story as before")
	}
}
