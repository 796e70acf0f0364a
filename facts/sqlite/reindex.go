package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/factdesk/factdesk/facts/index"
)

// reindex rebuilds every fact's stored index rows (terms, entity roles, the
// full-text row) when they were made by another version of the indexing than
// this factdesk's (index.DeriveVersion): a new stemmer must not leave old terms
// that questions can no longer meet. It runs in one transaction, once.
func (kb *KB) reindex(ctx context.Context) error {
	var v int
	err := kb.db.QueryRowContext(ctx, `SELECT value FROM kb_meta WHERE key = 'derive_version'`).Scan(&v)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("read index version: %w", err)
	}
	if v == index.DeriveVersion {
		return nil
	}
	tx, err := kb.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	names, err := loadNames(ctx, tx)
	if err != nil {
		return err
	}
	rows, err := tx.QueryContext(ctx, `SELECT `+factColumns+` FROM facts`)
	if err != nil {
		return fmt.Errorf("read facts: %w", err)
	}
	var all []storedFact
	for rows.Next() {
		f, err := scanFact(rows)
		if err != nil {
			rows.Close()
			return err
		}
		all = append(all, f)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	w := &writer{kb: kb, tx: tx}
	for _, f := range all {
		d := index.Derive(f.Fact, names)
		if _, err := w.exec(ctx, `UPDATE facts SET terms = ?, entity_roles = ? WHERE rowid = ?`, d.Terms, encodeRoles(d.Roles), f.rowid); err != nil {
			return fmt.Errorf("reindex %s: %w", f.FullID(), err)
		}
		if err := w.indexFact(ctx, f.rowid, d.Terms, d.Roles, true); err != nil {
			return fmt.Errorf("reindex %s: %w", f.FullID(), err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO kb_meta (key, value) VALUES ('derive_version', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`, index.DeriveVersion); err != nil {
		return err
	}
	if len(all) > 0 {
		if err := bumpGeneration(ctx, tx); err != nil {
			return err
		}
	}
	return tx.Commit()
}
