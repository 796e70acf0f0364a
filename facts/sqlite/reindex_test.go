package sqlite_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
)

// TestOpen_Reindex: a knowledge base indexed by an older factdesk (another
// stemmer, other terms) is reindexed when opened, so questions meet its facts.
func TestOpen_Reindex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	kb, err := sqlite.OpenOrSeed(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	kb.Close()
	// Age it: an older version, and terms no question can meet.
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`UPDATE kb_meta SET value = 1 WHERE key = 'derive_version'`,
		`UPDATE facts SET terms = 'zzz'`,
		`DELETE FROM facts_fts`,
		`INSERT INTO facts_fts (rowid, terms) SELECT rowid, 'zzz' FROM facts`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	db.Close()
	kb, err = sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer kb.Close()
	if ans, err := kb.Ask(ctx, "Who signed the statement?", facts.AskOptions{}); err != nil || !ans.Found {
		t.Errorf("after reopening: %q, %v; want the knowledge base reindexed and answering", ans.Answer, err)
	}
}
