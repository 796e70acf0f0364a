package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"fmt"
	"strings"
	"unicode/utf8"
)

// Flag records that someone doubts a fact. Anyone may flag: a reporter who spots
// an error should not need an editor's rights to say so. The fact keeps answering
// until an editor retracts or approves it, so a flag leaves the read model and
// the caches as they are (curateNotes).
func (kb *KB) Flag(ctx context.Context, actor facts.Actor, fullID, note string) (facts.Flag, error) {
	note = strings.TrimSpace(note)
	if note == "" {
		return facts.Flag{}, facts.Errorf(facts.EINVALID, "Say what is wrong with %s, so the editor knows what to check.", fullID)
	}
	if utf8.RuneCountInString(note) > facts.MaxNoteLen {
		return facts.Flag{}, facts.Errorf(facts.ETOOLARGE, "The note is %d characters; keep it under %d.", utf8.RuneCountInString(note), facts.MaxNoteLen)
	}
	var fl facts.Flag
	err := kb.curateNotes(ctx, actor, func(ctx context.Context, w *writer) error {
		f, err := factForUpdate(ctx, w.tx, fullID)
		if err != nil {
			return err
		}
		fl = facts.Flag{Fact: f.FullID(), Statement: f.Statement, Note: note, Actor: actorName(w.actor), Surface: w.actor.Surface, At: kb.stamp()}
		res, err := w.tx.ExecContext(ctx, `INSERT INTO flags (story_id, fact_id, note, actor, surface, at) VALUES (?, ?, ?, ?, ?, ?)`,
			f.Story, f.ID, note, fl.Actor, fl.Surface, fl.At)
		if err != nil {
			return err
		}
		if fl.ID, err = res.LastInsertId(); err != nil {
			return err
		}
		return w.history(ctx, "flag", fl.Fact, nil, nil, note)
	})
	if err != nil {
		return facts.Flag{}, fmt.Errorf("flag %s: %w", fullID, err)
	}
	return fl, nil
}

func actorName(a facts.Actor) string {
	if a.Name == "" {
		return "unknown"
	}
	return a.Name
}

// closeFlags closes a fact's open flags with how they were resolved.
func (w *writer) closeFlags(ctx context.Context, f facts.Fact, resolution string) error {
	_, err := w.closeFlagsCount(ctx, f, resolution)
	return err
}

func (w *writer) closeFlagsCount(ctx context.Context, f facts.Fact, resolution string) (int64, error) {
	res, err := w.tx.ExecContext(ctx, `UPDATE flags SET closed_at = ?, closed_by = ?, resolution = ? WHERE story_id = ? AND fact_id = ? AND closed_at = ''`,
		w.kb.stamp(), actorName(w.actor), resolution, f.Story, f.ID)
	if err != nil {
		return 0, fmt.Errorf("close flags: %w", err)
	}
	return res.RowsAffected()
}

// flags lists flags matching a condition on fl (the flags table), oldest first,
// with their fact's statement when the fact still exists.
func (kb *KB) flags(ctx context.Context, where string, args ...any) ([]facts.Flag, error) {
	rows, err := kb.db.QueryContext(ctx, `SELECT fl.id, fl.story_id || '/' || fl.fact_id, coalesce(f.statement, ''), fl.note, fl.actor, fl.surface, fl.at,
		fl.closed_at, fl.closed_by, fl.resolution
		FROM flags fl LEFT JOIN facts f ON f.story_id = fl.story_id AND f.id = fl.fact_id
		WHERE `+where+` ORDER BY fl.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("list flags: %w", err)
	}
	defer rows.Close()
	var out []facts.Flag
	for rows.Next() {
		var f facts.Flag
		if err := rows.Scan(&f.ID, &f.Fact, &f.Statement, &f.Note, &f.Actor, &f.Surface, &f.At, &f.ClosedAt, &f.ClosedBy, &f.Resolution); err != nil {
			return nil, err
		}
		out = append(out, f)
	}
	return out, rows.Err()
}
