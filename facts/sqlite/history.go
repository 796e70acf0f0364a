package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"fmt"
	"strings"
	"time"
)

// History lists every change to what id names, oldest first: a fact (story/fact),
// a story and all its facts (story), or any history target (entity:ID, lexicon:ID).
// It returns ENOTFOUND when there is none.
func (kb *KB) History(ctx context.Context, id string) ([]facts.Change, error) {
	out, _, err := kb.Changes(ctx, HistoryFilter{Target: id})
	if err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, facts.Errorf(facts.ENOTFOUND, "No history for %q: name a fact (story-id/fact-id), a story, or entity:ID.", strings.TrimSpace(id))
	}
	return out, nil
}

// HistoryFilter says which changes Changes lists; the zero filter lists all.
type HistoryFilter struct {
	// Target is a fact (story/fact), a story and all its facts (story), or any
	// history target (entity:ID, lexicon:ID).
	Target string
	Story  string    // only changes to this story and its facts
	Since  time.Time // only changes at or after this time, when not zero
	Limit  int       // only the most recent Limit changes, when over 0
}

// Changes lists the changes the filter selects, oldest first, and how many it
// selects before the limit.
func (kb *KB) Changes(ctx context.Context, f HistoryFilter) ([]facts.Change, int, error) {
	var where []string
	var args []any
	if id := strings.TrimSpace(f.Target); id != "" {
		w, a := targetClause(id)
		where, args = append(where, w), append(args, a...)
	}
	if f.Story != "" {
		w, a := targetClause(f.Story)
		where, args = append(where, w), append(args, a...)
	}
	if !f.Since.IsZero() {
		where, args = append(where, `at >= ?`), append(args, f.Since.UTC().Format(time.RFC3339))
	}
	cond := ""
	if len(where) > 0 {
		cond = ` WHERE (` + strings.Join(where, `) AND (`) + `)`
	}
	var total int
	if err := kb.db.QueryRowContext(ctx, `SELECT count(*) FROM history`+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count history: %w", err)
	}
	limit := -1 // SQLite: no limit
	if f.Limit > 0 {
		limit = f.Limit
	}
	rows, err := kb.db.QueryContext(ctx, `SELECT id, at, actor, surface, action, target, old, new, note FROM (
		SELECT * FROM history`+cond+` ORDER BY id DESC LIMIT ?) ORDER BY id`, append(args, limit)...)
	if err != nil {
		return nil, 0, fmt.Errorf("history: %w", err)
	}
	defer rows.Close()
	var out []facts.Change
	for rows.Next() {
		var c facts.Change
		if err := rows.Scan(&c.ID, &c.At, &c.Actor, &c.Surface, &c.Action, &c.Target, &c.Old, &c.New, &c.Note); err != nil {
			return nil, 0, err
		}
		out = append(out, c)
	}
	return out, total, rows.Err()
}

// targetClause selects the history of one target; a bare story id also selects
// its facts' changes.
func targetClause(id string) (string, []any) {
	if !strings.Contains(id, "/") && !strings.Contains(id, ":") {
		return `target = ? OR (target >= ? AND target < ?)`, []any{"story:" + id, id + "/", id + "0"} // '0' follows '/'
	}
	return `target = ?`, []any{id}
}
