package facts

import (
	"context"
	"fmt"
)

// Change is one entry of the history: nothing curated is changed without one.
type Change struct {
	ID      int64  `json:"id"`
	At      string `json:"at"`
	Actor   string `json:"actor"`
	Surface string `json:"surface"`
	Action  string `json:"action"` // create, update, delete, retract, approve, flag, ...
	Target  string `json:"target"` // story/fact, story:ID, entity:ID, lexicon:ID
	Old     string `json:"old,omitempty"`
	New     string `json:"new,omitempty"`
	Note    string `json:"note,omitempty"`
}

// History lists every change to target, oldest first.
func (kb *KB) History(ctx context.Context, target string) ([]Change, error) {
	rows, err := kb.db.QueryContext(ctx, `SELECT id, at, actor, surface, action, target, old, new, note FROM history WHERE target = ? ORDER BY id`, target)
	if err != nil {
		return nil, fmt.Errorf("history of %s: %w", target, err)
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var c Change
		if err := rows.Scan(&c.ID, &c.At, &c.Actor, &c.Surface, &c.Action, &c.Target, &c.Old, &c.New, &c.Note); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
