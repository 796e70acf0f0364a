package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"fmt"
	"strings"
)

// History lists every change to what id names, oldest first: a fact (story/fact),
// a story and all its facts (story), or any history target (entity:ID, lexicon:ID).
func (kb *KB) History(ctx context.Context, id string) ([]facts.Change, error) {
	id = strings.TrimSpace(id)
	where, args := `target = ?`, []any{id}
	if !strings.Contains(id, "/") && !strings.Contains(id, ":") {
		where, args = `target = ? OR (target >= ? AND target < ?)`, []any{"story:" + id, id + "/", id + "0"} // '0' follows '/'
	}
	rows, err := kb.db.QueryContext(ctx, `SELECT id, at, actor, surface, action, target, old, new, note FROM history WHERE `+where+` ORDER BY id`, args...)
	if err != nil {
		return nil, fmt.Errorf("history of %s: %w", id, err)
	}
	defer rows.Close()
	var out []facts.Change
	for rows.Next() {
		var c facts.Change
		if err := rows.Scan(&c.ID, &c.At, &c.Actor, &c.Surface, &c.Action, &c.Target, &c.Old, &c.New, &c.Note); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, facts.Errorf(facts.ENOTFOUND, "No history for %q: name a fact (story-id/fact-id), a story, or entity:ID.", id)
	}
	return out, nil
}
