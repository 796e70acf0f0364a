package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"fmt"
)

// Story files carry curation (facts.Curation): who approved and retracted a
// fact, why, and its flags. Export reads it here; import writes the flags here
// and the rest with the fact (merge.go).

// loadCuration fills sf.Curation with what editors did to its facts.
func loadCuration(ctx context.Context, q queryer, sf *facts.StoryFile) error {
	story := sf.Story.ID
	cur := map[string]facts.Curation{}
	rows, err := q.QueryContext(ctx, `SELECT id, status, status_note, approved_by, retracted_by FROM facts
		WHERE story_id = ? AND (status_note != '' OR approved_by != '' OR retracted_by != '')`, story)
	if err != nil {
		return fmt.Errorf("curation of %s: %w", story, err)
	}
	for rows.Next() {
		var id, status string
		var c facts.Curation
		if err := rows.Scan(&id, &status, &c.Reason, &c.ApprovedBy, &c.RetractedBy); err != nil {
			rows.Close()
			return err
		}
		cur[id] = statusCuration(status, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	frows, err := q.QueryContext(ctx, `SELECT fl.fact_id, fl.note, fl.actor, fl.surface, fl.at, fl.closed_at, fl.closed_by, fl.resolution
		FROM flags fl JOIN facts f ON f.story_id = fl.story_id AND f.id = fl.fact_id WHERE fl.story_id = ? ORDER BY fl.id`, story)
	if err != nil {
		return fmt.Errorf("flags of %s: %w", story, err)
	}
	defer frows.Close()
	for frows.Next() {
		var id string
		var fl facts.Flag
		if err := frows.Scan(&id, &fl.Note, &fl.Actor, &fl.Surface, &fl.At, &fl.ClosedAt, &fl.ClosedBy, &fl.Resolution); err != nil {
			return err
		}
		c := cur[id]
		c.Flags = append(c.Flags, fl)
		cur[id] = c
	}
	if err := frows.Err(); err != nil {
		return err
	}
	for id, c := range cur {
		if c.IsZero() {
			delete(cur, id)
		}
	}
	if len(cur) > 0 {
		sf.Curation = cur
	}
	return nil
}

// FactCuration returns what editors did to one fact (story/fact): why and by
// whom it was retracted, who approved it, its flags open and closed. It
// returns ENOTFOUND for an unknown fact.
func (kb *KB) FactCuration(ctx context.Context, fullID string) (facts.Curation, error) {
	f, err := factForUpdate(ctx, kb.db, fullID)
	if err != nil {
		return facts.Curation{}, err
	}
	sf := &facts.StoryFile{Story: facts.Story{ID: f.Story}}
	if err := loadCuration(ctx, kb.db, sf); err != nil {
		return facts.Curation{}, err
	}
	return sf.Curation[f.ID], nil
}

// statusCuration keeps of c what a fact of the status carries: a reason and
// who retracted only when retracted, who approved unless pending.
func statusCuration(status string, c facts.Curation) facts.Curation {
	if status != facts.StatusRetracted {
		c.Reason, c.RetractedBy = "", ""
	}
	if status == facts.StatusPending {
		c.ApprovedBy = ""
	}
	return c
}

// applyFlags adds a story file's flags on a fact that the knowledge base does
// not hold, and closes those the file closes. Flags are never removed and
// never reopened: a flag is a request someone made, and closing it a decision.
func (w *writer) applyFlags(ctx context.Context, fa facts.Fact, flags []facts.Flag) error {
	if len(flags) == 0 {
		return nil
	}
	rows, err := w.tx.QueryContext(ctx, `SELECT id, note, actor, at, closed_at FROM flags WHERE story_id = ? AND fact_id = ? ORDER BY id`, fa.Story, fa.ID)
	if err != nil {
		return fmt.Errorf("flags of %s: %w", fa.FullID(), err)
	}
	var have []facts.Flag
	for rows.Next() {
		var fl facts.Flag
		if err := rows.Scan(&fl.ID, &fl.Note, &fl.Actor, &fl.At, &fl.ClosedAt); err != nil {
			rows.Close()
			return err
		}
		have = append(have, fl)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, fl := range flags {
		i := -1
		for k, h := range have {
			if facts.SameFlag(fl, h) {
				i = k
				break
			}
		}
		switch {
		case i < 0:
			at := fl.At
			if at == "" {
				at = w.kb.stamp()
			}
			if _, err := w.exec(ctx, `INSERT INTO flags (story_id, fact_id, note, actor, surface, at, closed_at, closed_by, resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				fa.Story, fa.ID, fl.Note, fl.Actor, fl.Surface, at, fl.ClosedAt, fl.ClosedBy, fl.Resolution); err != nil {
				return fmt.Errorf("flag on %s: %w", fa.FullID(), err)
			}
			if err := w.history(ctx, "flag", fa.FullID(), nil, nil, fl.Note); err != nil {
				return err
			}
		case have[i].ClosedAt == "" && fl.ClosedAt != "":
			if _, err := w.exec(ctx, `UPDATE flags SET closed_at = ?, closed_by = ?, resolution = ? WHERE id = ?`,
				fl.ClosedAt, fl.ClosedBy, fl.Resolution, have[i].ID); err != nil {
				return fmt.Errorf("flag on %s: %w", fa.FullID(), err)
			}
			if err := w.history(ctx, "review", fa.FullID(), nil, nil, "flag closed in the story file: "+fl.Resolution); err != nil {
				return err
			}
		}
		if i >= 0 {
			have = append(have[:i], have[i+1:]...) // each flag in the knowledge base matches one in the file
		}
	}
	return nil
}
