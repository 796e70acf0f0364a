package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
)

// tamperedBackup writes a backup of kb and changes it with the SQL given, as
// someone with the file (not factdesk) would.
func tamperedBackup(t *testing.T, kb *sqlite.KB, name, change string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name+".db")
	if err := kb.Backup(context.Background(), path); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(change); err != nil {
		t.Fatalf("tamper with %s: %v", name, err)
	}
	return path
}

// TestRestore_RefusesWhatTheMigrationsDoNotMake: a backup is restored only with
// exactly the schema factdesk's migrations make and data an import would
// accept. A planted trigger that undoes every retraction, a view, an extra table
// or index, a changed table, a story id that climbs out of the export folder, an
// id ten thousand characters long, an infinite figure, a lexicon id that is no
// file name: each is refused with one line naming the backup and what is wrong,
// and the knowledge base is left as it was.
func TestRestore_RefusesWhatTheMigrationsDoNotMake(t *testing.T) {
	ctx := context.Background()
	target := filepath.Join(t.TempDir(), "kb.db")
	kb, err := sqlite.OpenOrSeed(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	want := exported(t, kb)
	first := `(SELECT min(rowid) FROM facts)`
	cases := []struct {
		name, change, why string
	}{
		{"TriggerUndoesRetractions", `CREATE TRIGGER keep_approved AFTER UPDATE OF status ON facts WHEN new.status = 'retracted'
			BEGIN UPDATE facts SET status = 'approved' WHERE rowid = new.rowid; END`, `trigger "keep_approved"`},
		{"View", `CREATE VIEW approved AS SELECT * FROM facts`, `view "approved"`},
		{"Table", `CREATE TABLE notes (x TEXT)`, `table "notes"`},
		{"Index", `CREATE INDEX facts_statement ON facts(statement)`, `index "facts_statement"`},
		{"ChangedTable", `ALTER TABLE facts ADD COLUMN extra TEXT`, `differs from what factdesk's migrations make in table "facts"`},
		{"DroppedIndex", `DROP INDEX facts_pending`, `lacks index "facts_pending"`},
		{"StoryIDClimbsOut", `UPDATE stories SET id = '../../x' WHERE id = 'un-xinjiang-2021'`, `story.id: "../../x" must be a slug`},
		{"LongFactID", `UPDATE facts SET id = replace(hex(zeroblob(5000)), '0', 'a') WHERE rowid = ` + first, "facts.id: is 10000 characters long; an id has at most 128"},
		{"InfiniteValue", `UPDATE facts SET value = 9e999 WHERE rowid = ` + first, "facts.value: +Inf is not a finite number"},
		{"TextValue", `UPDATE facts SET value = 'lots' WHERE rowid = ` + first, "facts.value: is not a number"},
		{"Untouched", `SELECT 1`, ""}, // a backup as factdesk wrote it restores
		{"LexiconID", `INSERT INTO lexicon_stopwords (lexicon, word) VALUES ('../evil', 'x')`, `lexicon.id: "../evil" must be a slug`},
		{"SourceURL", `UPDATE sources SET url = 'javascript:alert(1)'`, `sources.url: "javascript:alert(1)" is not an http(s) URL`},
	}
	backups := map[string]string{}
	for _, c := range cases {
		backups[c.name] = tamperedBackup(t, kb, c.name, c.change)
	}
	kb.Close()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := sqlite.Restore(ctx, backups[c.name], target, sqlite.RestoreOptions{})
			if c.why == "" {
				if err != nil {
					t.Fatalf("an untouched backup: %v", err)
				}
				return
			}
			msg := facts.ErrorMessage(err)
			if facts.ErrorCode(err) != facts.EINVALID || !strings.HasPrefix(msg, backups[c.name]+" cannot be restored: ") ||
				!strings.Contains(msg, c.why) || !strings.Contains(msg, "nothing was changed") || strings.Contains(msg, "\n") {
				t.Fatalf("err = %v; want one line naming the backup and saying %q", err, c.why)
			}
			if got := exported(t, openKB(t, target)); !reflect.DeepEqual(got, want) {
				t.Error("a refused restore changed the knowledge base")
			}
		})
	}

	// What the trigger would have done, had it been restored: undo a retraction.
	db, err := sql.Open("sqlite", target)
	if err != nil {
		t.Fatal(err)
	}
	var triggers int
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'`).Scan(&triggers); err != nil || triggers != 0 {
		t.Errorf("the knowledge base holds %d trigger(s) (%v), want none", triggers, err)
	}
	db.Close()
	kb = openKB(t, target)
	if _, err := kb.Retract(ctx, facts.Actor{Name: "test"}, "un-xinjiang-2021/coalition-signed-statement", "test"); err != nil {
		t.Fatal(err)
	}
	if st, err := kb.Status(ctx, "un-xinjiang-2021/coalition-signed-statement"); err != nil || st.Status != facts.StatusRetracted {
		t.Errorf("a retraction after the refused restores gives %+v, %v; want retracted", st, err)
	}
}
