package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"fmt"
)

// Review lists pending facts (in story order) and open flags (oldest first).
func (kb *KB) Review(ctx context.Context) (facts.Review, error) {
	rev := facts.Review{Pending: []facts.PendingFact{}, Flags: []facts.Flag{}}
	rows, err := kb.db.QueryContext(ctx, `SELECT `+prefixed("f.", factColumns)+`,
		coalesce(h.at, ''), coalesce(h.actor, ''), coalesce(h.surface, '')
		FROM facts f JOIN stories s ON s.id = f.story_id
		LEFT JOIN history h ON h.id = (SELECT max(id) FROM history WHERE target = f.story_id || '/' || f.id)
		WHERE f.status = 'pending' ORDER BY s.position, f.position, f.rowid`)
	if err != nil {
		return rev, fmt.Errorf("pending facts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var p facts.PendingFact
		sf, err := scanFact(scanExtra{rows, []any{&p.At, &p.Actor, &p.Surface}})
		if err != nil {
			return rev, err
		}
		p.Fact = sf.Fact
		rev.Pending = append(rev.Pending, p)
	}
	if err := rows.Err(); err != nil {
		return rev, err
	}
	flags, err := kb.flags(ctx, `fl.closed_at = ''`)
	if err != nil {
		return rev, err
	}
	if flags != nil {
		rev.Flags = flags
	}
	return rev, nil
}

// scanExtra appends more destinations to the columns scanFact reads.
type scanExtra struct {
	row   interface{ Scan(...any) error }
	extra []any
}

func (s scanExtra) Scan(dest ...any) error { return s.row.Scan(append(dest, s.extra...)...) }
