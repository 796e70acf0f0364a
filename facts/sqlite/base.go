package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
)

// A story's base is its file as last imported or exported, kept so that a
// re-import can tell what changed in the file from what changed in the
// knowledge base since (merge.go). It is kept canonical, as JSON of what the
// file says, so a file with other comments or layout compares equal.

// canonical is the base kept for a story file: facts carry their story and
// status, and empty curation is left out.
func canonical(sf *facts.StoryFile) ([]byte, error) {
	c := *sf
	c.Facts = make([]facts.Fact, len(sf.Facts))
	for i, fa := range sf.Facts {
		fa.Story = sf.Story.ID
		if fa.Status == "" {
			fa.Status = facts.StatusApproved
		}
		c.Facts[i] = fa
	}
	c.Curation = maps.Clone(sf.Curation)
	maps.DeleteFunc(c.Curation, func(_ string, cur facts.Curation) bool { return cur.IsZero() })
	if len(c.Curation) == 0 {
		c.Curation = nil
	}
	data, err := json.Marshal(&c)
	if err != nil {
		return nil, fmt.Errorf("base of %s: %w", sf.Story.ID, err)
	}
	return data, nil
}

// readBase returns a story's base as kept; nil when it has none.
func readBase(ctx context.Context, q queryer, story string) ([]byte, error) {
	var data []byte
	err := q.QueryRowContext(ctx, `SELECT data FROM story_bases WHERE story_id = ?`, story).Scan(&data)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("base of %s: %w", story, err)
	}
	return data, nil
}

// decodeBase reads a base kept by canonical; nil when it cannot be read (then
// the file wins, as it did before bases were kept).
func decodeBase(data []byte) *facts.StoryFile {
	var sf facts.StoryFile
	if data == nil || json.Unmarshal(data, &sf) != nil {
		return nil
	}
	return &sf
}

// putBase keeps data as the story's base.
func (w *writer) putBase(ctx context.Context, story string, data []byte) error {
	if _, err := w.exec(ctx, `INSERT INTO story_bases (story_id, data, at) VALUES (?, ?, ?)
		ON CONFLICT (story_id) DO UPDATE SET data = excluded.data, at = excluded.at`, story, data, w.kb.stamp()); err != nil {
		return fmt.Errorf("base of %s: %w", story, err)
	}
	return nil
}

// baseRecorder keeps the bases of the stories an export wrote, a batch per
// transaction: the export is what the next import of those files merges
// against.
type baseRecorder struct {
	kb      *KB
	encoded map[string][]byte // story -> base of what was last encoded for it
	batch   [][2]any
}

func newBaseRecorder(kb *KB) *baseRecorder {
	return &baseRecorder{kb: kb, encoded: map[string][]byte{}}
}

// encoded notes what the export encoded for a story, to be kept once written.
func (r *baseRecorder) note(sf *facts.StoryFile) error {
	data, err := canonical(sf)
	if err != nil {
		return err
	}
	r.encoded[sf.Story.ID] = data
	return nil
}

// forget lets go of what was encoded only to be compared.
func (r *baseRecorder) forget() { clear(r.encoded) }

// written records that the story's file now holds what was last encoded.
func (r *baseRecorder) written(ctx context.Context, story string) error {
	data, ok := r.encoded[story]
	if !ok {
		return nil
	}
	delete(r.encoded, story)
	r.batch = append(r.batch, [2]any{story, data})
	if len(r.batch) >= 200 {
		return r.flush(ctx)
	}
	return nil
}

// flush keeps the bases recorded so far.
func (r *baseRecorder) flush(ctx context.Context) error {
	if len(r.batch) == 0 {
		return nil
	}
	tx, err := r.kb.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("keep export bases: %w", err)
	}
	defer tx.Rollback()
	at := r.kb.stamp()
	for _, b := range r.batch {
		if _, err := tx.ExecContext(ctx, `INSERT INTO story_bases (story_id, data, at) VALUES (?, ?, ?)
			ON CONFLICT (story_id) DO UPDATE SET data = excluded.data, at = excluded.at`, b[0], b[1], at); err != nil {
			return fmt.Errorf("keep export bases: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("keep export bases: %w", err)
	}
	r.batch = r.batch[:0]
	return nil
}
