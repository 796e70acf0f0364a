package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
)

// snapshot is the knowledge base read as of one index: the engine's Store.
// Facts it reads are cached for the index's generation.
type snapshot struct {
	kb *KB
	ix *index.Index
}

var _ index.Store = snapshot{}

// AboutEntities lists the facts about any of q.IDs, newest first.
func (s snapshot) AboutEntities(ctx context.Context, q index.EntityQuery) ([]int64, error) {
	query := `SELECT DISTINCT fact_rowid FROM fact_entities WHERE entity_id IN (` + placeholders(len(q.IDs)) + `) ORDER BY fact_rowid DESC LIMIT ?`
	if q.ActorsFirst {
		// A fact names an entity in one role, so each fact comes once per entity.
		query = `SELECT fact_rowid FROM fact_entities WHERE entity_id IN (` + placeholders(len(q.IDs)) + `)
			ORDER BY role IN ('subject', 'speaker') DESC, fact_rowid DESC LIMIT ?`
	}
	rows, err := s.kb.db.QueryContext(ctx, query, append(anySlice(q.IDs), q.Limit)...)
	if err != nil {
		return nil, fmt.Errorf("facts about %v: %w", q.IDs, err)
	}
	return collectRowids(rows)
}

// Match runs a full-text query. Every term is a quoted stem from the engine's
// tokenizer: user text never reaches FTS5 syntax.
func (s snapshot) Match(ctx context.Context, q index.TextQuery) ([]int64, error) {
	var expr string
	order := "bm25(facts_fts)"
	if q.All {
		// Common words only: ranking would score thousands of matches, so take
		// the first ones, which FTS5 yields unsorted.
		parts := make([]string, len(q.Groups))
		for i, g := range q.Groups {
			parts[i] = "(" + strings.Join(quoted(g), " OR ") + ")"
		}
		expr, order = strings.Join(parts, " AND "), "rowid"
	} else {
		var alts []string
		for _, g := range q.Groups {
			alts = append(alts, quoted(g)...)
		}
		expr = strings.Join(alts, " OR ")
	}
	if expr == "" {
		return nil, nil
	}
	rows, err := s.kb.db.QueryContext(ctx, `SELECT rowid FROM facts_fts WHERE facts_fts MATCH ? ORDER BY `+order+` LIMIT ?`, expr, q.Limit)
	if err != nil {
		return nil, fmt.Errorf("full-text search: %w", err)
	}
	return collectRowids(rows)
}

// quoted writes stem phrases as FTS5 strings.
func quoted(phrases []string) []string {
	out := make([]string, len(phrases))
	for i, p := range phrases {
		out[i] = `"` + strings.ReplaceAll(p, `"`, "") + `"`
	}
	return out
}

// Docs reads the approved facts among refs, from the cache when it holds them.
func (s snapshot) Docs(ctx context.Context, refs []int64) ([]*index.Doc, error) {
	if len(refs) == 0 {
		return nil, nil
	}
	got, missing := s.kb.facts.lookup(s.ix.Gen, refs)
	if len(missing) > 0 {
		ids := make([]any, len(missing))
		for i, id := range missing {
			ids[i] = id
		}
		rows, err := s.kb.db.QueryContext(ctx, `SELECT `+factColumns+`, position, terms, entity_roles
			FROM facts WHERE rowid IN (`+placeholders(len(ids))+`) AND status = 'approved'`, ids...)
		if err != nil {
			return nil, fmt.Errorf("load facts: %w", err)
		}
		defer rows.Close()
		loaded := make(map[int64]*index.Doc, len(missing))
		for rows.Next() {
			var position int
			var terms, roles string
			f, err := scanFact(scanExtra{rows, []any{&position, &terms, &roles}})
			if err != nil {
				return nil, err
			}
			loaded[f.rowid] = index.NewDoc(f.Fact, f.rowid, position, terms, decodeRoles(roles), s.ix.Source(f.Story, f.Source))
		}
		if err := rows.Err(); err != nil {
			return nil, err
		}
		s.kb.facts.store(s.ix.Gen, missing, loaded)
		for id, d := range loaded {
			got[id] = d
		}
	}
	out := make([]*index.Doc, 0, len(refs))
	for _, r := range refs {
		if d := got[r]; d != nil {
			out = append(out, d)
		}
	}
	return out, nil
}

// collectRowids reads the rowids a query returns, and closes the rows.
func collectRowids(rows *sql.Rows) ([]int64, error) {
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

func anySlice[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}
