package sqlite_test

import (
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/factdesk/factdesk/facts"
)

// TestOpenOrCreate: a knowledge base is created, seeded and reported as created
// only when its file does not exist yet (or is empty); never in a folder that
// does not exist.
func TestOpenOrCreate(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	t.Run("OK", func(t *testing.T) {
		path := filepath.Join(dir, "kb.db")
		kb, created, err := sqlite.OpenOrCreate(ctx, path)
		if err != nil || !created {
			t.Fatalf("created = %v, err = %v; want a new knowledge base", created, err)
		}
		stories, _ := kb.Stories(ctx)
		kb.Close()
		if len(stories) == 0 {
			t.Error("the new knowledge base holds no bundled story")
		}
		kb, created, err = sqlite.OpenOrCreate(ctx, path)
		if err != nil || created {
			t.Fatalf("again: created = %v, err = %v; want it opened", created, err)
		}
		kb.Close()
	})
	t.Run("EmptyFile", func(t *testing.T) {
		path := writeFile(t, "empty.db", "")
		kb, created, err := sqlite.OpenOrCreate(ctx, path)
		if err != nil || !created {
			t.Fatalf("created = %v, err = %v; an empty file is a new knowledge base", created, err)
		}
		kb.Close()
	})
	t.Run("ErrNoFolder", func(t *testing.T) {
		path := filepath.Join(dir, "missing", "kb.db")
		_, _, err := sqlite.OpenOrCreate(ctx, path)
		if facts.ErrorCode(err) != facts.EINVALID || !strings.Contains(facts.ErrorMessage(err), filepath.Join(dir, "missing")+" does not exist") {
			t.Errorf("err = %v; want invalid, naming the folder", err)
		}
		if _, err := os.Stat(filepath.Dir(path)); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("the folder was created (%v)", err)
		}
	})
}

// TestOpen_NotAKnowledgeBase: a folder, a file that is not SQLite and another
// program's SQLite database are refused as invalid, and left as they were.
func TestOpen_NotAKnowledgeBase(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	text := writeFile(t, "notes.txt", "not a database, but long enough to have a header's worth of bytes in it\n")
	foreign := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", foreign)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE contacts (name TEXT)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	before, _ := os.ReadFile(foreign)

	for _, tt := range []struct {
		name, path, want string
	}{
		{"ErrFolder", dir, "is a folder, not a knowledge base file"},
		{"ErrNotSQLite", text, "is not a SQLite database at all"},
		{"ErrOtherProgram", foreign, "is a SQLite database but not a factdesk knowledge base"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := sqlite.Open(ctx, tt.path)
			if facts.ErrorCode(err) != facts.EINVALID || !strings.Contains(facts.ErrorMessage(err), tt.want) {
				t.Errorf("Open = %v; want invalid: %q", err, tt.want)
			}
			if _, _, err := sqlite.OpenOrCreate(ctx, tt.path); facts.ErrorCode(err) != facts.EINVALID {
				t.Errorf("OpenOrCreate = %v; want invalid", err)
			}
		})
	}
	if after, _ := os.ReadFile(foreign); !reflect.DeepEqual(after, before) {
		t.Error("the other program's database was changed")
	}
	if _, err := os.Stat(foreign + "-wal"); err == nil {
		t.Error("the other program's database was given a -wal file")
	}
}

// TestKB_Ask_UnknownStory: asking within a story the knowledge base does not
// hold is not found, not an answer or a "not in the knowledge base".
func TestKB_Ask_UnknownStory(t *testing.T) {
	kb := sqlitetest.Open(t)
	_, err := kb.Ask(context.Background(), "Who signed the statement?", facts.AskOptions{Story: "no-such-story"})
	if facts.ErrorCode(err) != facts.ENOTFOUND || !strings.Contains(facts.ErrorMessage(err), `"no-such-story"`) {
		t.Errorf("err = %v, want not found naming the story", err)
	}
	if ans, err := kb.Ask(context.Background(), "Who signed the statement?", facts.AskOptions{Story: "un-xinjiang-2021"}); err != nil || !ans.Found {
		t.Errorf("within a story it holds: %+v, %v", ans, err)
	}
}

// TestKB_Export_Conflicts: an export refuses to replace files that differ from
// what it writes, names them and writes nothing; Overwrite replaces them; files
// that already hold what it writes are no conflict.
func TestKB_Export_Conflicts(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.Open(t, "../testdata/riverton-transit.yaml")
	dir := t.TempDir()
	if _, err := kb.Export(ctx, dir, sqlite.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := kb.Export(ctx, dir, sqlite.ExportOptions{}); err != nil {
		t.Fatalf("exporting the same files again: %v", err)
	}
	edited := filepath.Join(dir, "riverton-transit-2024.yaml")
	os.WriteFile(edited, []byte("# edited\n"), 0o644)
	other := filepath.Join(dir, "un-xinjiang-2021.yaml")
	os.Remove(other)

	_, err := kb.Export(ctx, dir, sqlite.ExportOptions{})
	var conflict *sqlite.ExportConflictError
	if !errors.As(err, &conflict) || !reflect.DeepEqual(conflict.Files, []string{"riverton-transit-2024.yaml"}) || facts.ErrorCode(err) != facts.EINVALID {
		t.Fatalf("err = %v; want a conflict naming riverton-transit-2024.yaml", err)
	}
	if got, _ := os.ReadFile(edited); string(got) != "# edited\n" {
		t.Error("the edited file was replaced")
	}
	if _, err := os.Stat(other); err == nil {
		t.Error("a refused export wrote another file")
	}
	if _, err := kb.Export(ctx, dir, sqlite.ExportOptions{Overwrite: true}); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(edited); string(got) == "# edited\n" {
		t.Error("Overwrite did not replace the edited file")
	}

	file := writeFile(t, "notes.txt", "x")
	if _, err := kb.Export(ctx, file, sqlite.ExportOptions{}); facts.ErrorCode(err) != facts.EINVALID {
		t.Errorf("export onto a file: %v, want invalid", err)
	}
}

// TestKB_Changes: the history filtered by target, story, time and limit, most
// recent kept, oldest first, with the count before the limit.
func TestKB_Changes(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.OpenEmpty(t)
	old := time.Date(2024, 1, 1, 9, 0, 0, 0, time.UTC)
	kb.Now = func() time.Time { return old }
	if err := kb.Seed(ctx); err != nil {
		t.Fatal(err)
	}
	kb.Now = func() time.Time { return old.AddDate(0, 1, 0) }
	sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")

	all, total, err := kb.Changes(ctx, sqlite.HistoryFilter{})
	if err != nil || total != len(all) || total == 0 {
		t.Fatalf("all: %d of %d, %v", len(all), total, err)
	}
	recent, n, err := kb.Changes(ctx, sqlite.HistoryFilter{Since: old.AddDate(0, 0, 7)})
	if err != nil || n == 0 || n != len(recent) || n >= total {
		t.Fatalf("since: %d of %d, %v", len(recent), n, err)
	}
	for _, c := range recent {
		if strings.HasPrefix(c.Target, "un-xinjiang-2021") || c.At != "2024-02-01T09:00:00Z" {
			t.Errorf("since a week after the seed: %+v", c)
		}
	}
	story, n, err := kb.Changes(ctx, sqlite.HistoryFilter{Story: "riverton-transit-2024", Limit: 2})
	if err != nil || len(story) != 2 || n <= 2 || story[0].ID >= story[1].ID {
		t.Fatalf("story, limit 2: %+v of %d, %v", story, n, err)
	}
	last := all[len(all)-1]
	for _, c := range all {
		if strings.HasPrefix(c.Target, "riverton-transit-2024") {
			last = c
		}
	}
	if story[1].ID != last.ID {
		t.Errorf("limit kept %d, want the most recent change %d", story[1].ID, last.ID)
	}
	if none, n, err := kb.Changes(ctx, sqlite.HistoryFilter{Target: "riverton-transit-2024/drivers-hired", Since: old.AddDate(1, 0, 0)}); err != nil || n != 0 || len(none) != 0 {
		t.Errorf("nothing since: %+v, %d, %v", none, n, err)
	}
}
