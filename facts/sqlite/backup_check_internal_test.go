package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factdesk/factdesk/facts"
)

// oldBackup writes a knowledge base made by a factdesk that knew only the
// first n migrations, plus the extra ones named.
func oldBackup(t *testing.T, n int, extra ...string) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	names, err := migrationNames()
	if err != nil || len(names) < n {
		t.Fatalf("migrations: %v, %v", names, err)
	}
	old := &KB{db: db, Now: time.Now}
	if err := old.migrateThrough(ctx, names[:n]); err != nil {
		t.Fatal(err)
	}
	for _, name := range extra {
		if _, err := db.Exec(`INSERT INTO migrations (name, applied_at) VALUES (?, '2030-01-01T00:00:00Z')`, name); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// TestRestore_OlderBackup: a backup from a factdesk that had fewer migrations
// has their schema, not today's, and is restored and brought up to date; one
// with a migration this factdesk does not know is refused.
func TestRestore_OlderBackup(t *testing.T) {
	ctx := context.Background()
	target := filepath.Join(t.TempDir(), "kb.db")
	if _, err := Restore(ctx, oldBackup(t, 1), target, RestoreOptions{}); err != nil {
		t.Fatalf("a backup from before migration 002: %v", err)
	}
	kb, err := Open(ctx, target)
	if err != nil {
		t.Fatalf("open the restored knowledge base: %v", err)
	}
	kb.Close()

	future := oldBackup(t, 1, "migrations/999_future.sql")
	if _, err := Restore(ctx, future, target, RestoreOptions{}); facts.ErrorCode(err) != facts.EINVALID || !strings.Contains(err.Error(), "newer factdesk") {
		t.Errorf("a backup with an unknown migration: %v; want refused", err)
	}
}

// TestRestore_RebuildsDerived: what factdesk derives from the tables (the index
// rows of each fact, the saved read model) is rebuilt from the restored data,
// not taken from the backup, where it could say anything.
func TestRestore_RebuildsDerived(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	kb, err := OpenOrSeed(ctx, filepath.Join(dir, "kb.db"))
	if err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(dir, "backup.db")
	err = kb.Backup(ctx, backup)
	kb.Close()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := sql.Open("sqlite", backup)
	if err != nil {
		t.Fatal(err)
	}
	_, err = raw.Exec(`UPDATE facts SET terms = 'planted' WHERE rowid = (SELECT min(rowid) FROM facts)`)
	var readModel int
	raw.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE name = 'read_model'`).Scan(&readModel)
	if err == nil && readModel > 0 {
		_, err = raw.Exec(`INSERT OR REPLACE INTO read_model (id, generation, data) VALUES (1, (SELECT value FROM kb_meta WHERE key = 'generation'), x'00')`)
	}
	raw.Close()
	if err != nil {
		t.Fatal(err)
	}

	target := filepath.Join(dir, "restored.db")
	if _, err := Restore(ctx, backup, target, RestoreOptions{}); err != nil {
		t.Fatal(err)
	}
	restored, err := Open(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	defer restored.Close()
	var terms string
	var planted int
	if err := restored.db.QueryRow(`SELECT terms FROM facts WHERE rowid = (SELECT min(rowid) FROM facts)`).Scan(&terms); err != nil || terms == "planted" {
		t.Errorf("a fact's index terms after the restore: %q, %v; want them rebuilt", terms, err)
	}
	if readModel > 0 {
		restored.db.QueryRow(`SELECT count(*) FROM read_model WHERE data = x'00'`).Scan(&planted)
	}
	if planted != 0 {
		t.Error("the backup's read model was restored")
	}
}
