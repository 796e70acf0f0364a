package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
)

// newFact is a fact new to the knowledge base, waiting to be written with the
// rest of its story's new facts.
type newFact struct {
	fa       facts.Fact
	cur      facts.Curation // decisions: reason, approved_by, retracted_by
	position int
}

// maxBatch bounds the rows of one multi-row insert.
const maxBatch = 64

// putNewFacts writes facts new to the knowledge base a batch at a time: each
// table gets one statement per batch instead of one per row, which is most of
// the cost of importing a large archive. Rowids are given here, after the
// largest in use, so the batch's rows can refer to one another.
func (w *writer) putNewFacts(ctx context.Context, batch []newFact) error {
	for len(batch) > 0 {
		n := min(len(batch), maxBatch)
		if err := w.putNewBatch(ctx, batch[:n]); err != nil {
			return err
		}
		batch = batch[n:]
	}
	return nil
}

func (w *writer) putNewBatch(ctx context.Context, batch []newFact) error {
	if w.nextRowid == 0 {
		if err := w.tx.QueryRowContext(ctx, `SELECT coalesce(max(rowid), 0) + 1 FROM facts`).Scan(&w.nextRowid); err != nil {
			return fmt.Errorf("next fact rowid: %w", err)
		}
	}
	factArgs := make([]any, 0, len(batch)*23)
	ftsArgs := make([]any, 0, len(batch)*2)
	histArgs := make([]any, 0, len(batch)*8)
	var entArgs []any
	at, actor := w.kb.stamp(), actorName(w.actor)
	for _, nf := range batch {
		fa := nf.fa
		if err := fa.Validate(); err != nil {
			return fmt.Errorf("fact %s: %w", fa.FullID(), err)
		}
		d, ok := w.derived[fa.FullID()]
		if !ok {
			d = index.Derive(fa, w.aliases)
		}
		rowid := w.nextRowid
		w.nextRowid++
		kw, _ := json.Marshal(nonNil(fa.Keywords))
		var value any
		if fa.Value != nil {
			value = *fa.Value
		}
		factArgs = append(factArgs, rowid, fa.Story, fa.ID, fa.Statement, fa.Subject, fa.Predicate, fa.Object, value, fa.Unit, fa.Date, fa.Place,
			fa.Quote, fa.Speaker, fa.Source, fa.Status, fa.Supersedes, string(kw), nf.position, d.Terms, encodeRoles(d.Roles),
			nf.cur.Reason, nf.cur.ApprovedBy, nf.cur.RetractedBy)
		ftsArgs = append(ftsArgs, rowid, d.Terms)
		for entity, role := range d.Roles {
			entArgs = append(entArgs, entity, rowid, role)
		}
		js, _ := json.Marshal(historyFact(facts.FactVersion{Fact: fa, Curation: nf.cur}))
		histArgs = append(histArgs, at, actor, w.actor.Surface, "create", fa.FullID(), "", string(js), "")
	}
	inserts := []struct {
		head string
		cols int
		args []any
	}{
		{`INSERT INTO facts (rowid, story_id, id, statement, subject, predicate, object, value, unit, date, place, quote, speaker, source_id, status, supersedes, keywords, position, terms, entity_roles, status_note, approved_by, retracted_by) VALUES `, 23, factArgs},
		{`INSERT INTO facts_fts (rowid, terms) VALUES `, 2, ftsArgs},
		{`INSERT OR IGNORE INTO fact_entities (entity_id, fact_rowid, role) VALUES `, 3, entArgs},
		{`INSERT INTO history (at, actor, surface, action, target, old, new, note) VALUES `, 8, histArgs},
	}
	for _, in := range inserts {
		// Roles vary in number: their rows go in chunks of one size, so a few
		// prepared statements serve the whole import.
		rows := len(in.args) / in.cols
		for rows > 0 {
			n := min(rows, maxBatch)
			if _, err := w.exec(ctx, in.head+valuesList(n, in.cols), in.args[:n*in.cols]...); err != nil {
				return fmt.Errorf("write new facts: %w", err)
			}
			in.args = in.args[n*in.cols:]
			rows -= n
		}
	}
	return nil
}

// valuesList is "(?, ?), (?, ?)" for rows rows of cols columns.
func valuesList(rows, cols int) string {
	one := "(" + strings.TrimSuffix(strings.Repeat("?, ", cols), ", ") + ")"
	return strings.TrimSuffix(strings.Repeat(one+", ", rows), ", ")
}
