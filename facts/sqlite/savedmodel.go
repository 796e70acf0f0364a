package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"

	"github.com/factdesk/factdesk/facts/index"
)

// The read model is saved in the database (table read_model) so that a
// process answering one question reads one row instead of every fact: at 100k
// facts, building it costs most of a second, loading it a few milliseconds.
// It is saved in the same file as the data, so a backup or a restore carries a
// saved model consistent with its data, and labelled with what it was built
// from: the generation, which any write by any process moves, and the schema
// (the last migration applied), which a newer factdesk's migrations change.

// modelKey is what a saved read model must match to be used.
type modelKey struct {
	gen    int64
	schema string
}

// currentModelKey reads the knowledge base's generation and schema.
func currentModelKey(ctx context.Context, q queryer) (modelKey, error) {
	var k modelKey
	err := q.QueryRowContext(ctx, `SELECT (SELECT value FROM kb_meta WHERE key = 'generation'), (SELECT coalesce(max(name), '') FROM migrations)`).Scan(&k.gen, &k.schema)
	if err != nil {
		return k, fmt.Errorf("read generation: %w", err)
	}
	return k, nil
}

// loadSavedModel reads the saved read model when it was made at key. It
// reports false when there is none at key, or none this factdesk can read
// (another format, damaged, or a database not yet migrated): the caller builds
// the read model from the tables instead.
func loadSavedModel(ctx context.Context, q queryer, key modelKey) (*index.Index, bool) {
	rows, err := q.QueryContext(ctx, `SELECT data FROM read_model WHERE id = 1 AND generation = ? AND schema = ?`, key.gen, key.schema)
	if err != nil {
		return nil, false
	}
	defer rows.Close()
	if !rows.Next() {
		return nil, false
	}
	// Read in place: FromSnapshot copies what it keeps.
	var data sql.RawBytes
	if err := rows.Scan(&data); err != nil {
		return nil, false
	}
	ix, err := index.FromSnapshot(key.gen, data)
	if err != nil {
		return nil, false
	}
	return ix, true
}

// saveBusyTimeout is how long saving the read model waits for another
// process's write to end, in milliseconds. Saving only spares the next process
// a build: it never keeps a reader waiting behind an import.
const saveBusyTimeout = 200

// saveModel saves a read model just built at key, unless the knowledge base
// moved on meanwhile (it would be stale at once). A saved model of the same
// key is replaced: this process could not read it, or it is the same. It is
// best-effort and silent: a read-only file, a write lock held elsewhere or a
// full disk leave the next process to build the read model again, and no
// question fails for it. It opens its own connection, whose short busy timeout
// does not leak into the pool.
func (kb *KB) saveModel(ctx context.Context, ix *index.Index, key modelKey) {
	_ = kb.trySaveModel(ctx, ix, key)
}

func (kb *KB) trySaveModel(ctx context.Context, ix *index.Index, key modelKey) error {
	data := ix.Snapshot()
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", saveBusyTimeout))
	q.Add("_pragma", "synchronous(normal)")
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+kb.path+"?"+q.Encode())
	if err != nil {
		return fmt.Errorf("save read model: %w", err)
	}
	defer db.Close()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save read model: %w", err)
	}
	defer tx.Rollback()
	if now, err := currentModelKey(ctx, tx); err != nil || now != key {
		return err
	}
	// Deleted, then written: the file holds one saved model at most.
	if _, err := tx.ExecContext(ctx, `DELETE FROM read_model`); err != nil {
		return fmt.Errorf("save read model: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO read_model (id, generation, schema, data) VALUES (1, ?, ?, ?)`, key.gen, key.schema, data); err != nil {
		return fmt.Errorf("save read model: %w", err)
	}
	return tx.Commit()
}
