package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"fmt"
	"sort"
	"strings"
)

// entityScanLimit is how many facts an entity may have and still be read whole;
// past it the full-text query narrows instead.
const entityScanLimit = 100

// candidates retrieves the facts that could answer: every fact about the question's
// rare entities, and a full-text query that stays selective however large the
// knowledge base grows. Everything retrieved is scored; nothing here decides.
func (kb *KB) candidates(ctx context.Context, q question, ix *memIndex, opt facts.AskOptions) ([]*candidate, error) {
	rowids := map[int64]bool{}
	var unscanned []entityMention
	scanned := false
	for _, m := range q.Entities {
		if ix.entityFacts(m.IDs) > entityScanLimit {
			unscanned = append(unscanned, m)
			continue
		}
		if err := kb.entityRowids(ctx, m.IDs, entityScanLimit, rowids); err != nil {
			return nil, err
		}
		scanned = true
	}
	if expr, ranked := ftsQuery(q, unscanned, ix, scanned); expr != "" {
		// Selective words: rank every match. Common words only: ranking would score
		// thousands of matches, so take the first ones, which FTS5 yields unsorted.
		order := "bm25(facts_fts)"
		if !ranked {
			order = "rowid"
		}
		rows, err := kb.db.QueryContext(ctx, `SELECT rowid FROM facts_fts WHERE facts_fts MATCH ? ORDER BY `+order+` LIMIT 80`, expr)
		if err != nil {
			return nil, fmt.Errorf("full-text search: %w", err)
		}
		if err := collectRowids(rows, rowids); err != nil {
			return nil, err
		}
	}
	if len(rowids) == 0 && len(unscanned) > 0 {
		// Only a very common entity to go on ("What did China say?"): its newest facts.
		sort.Slice(unscanned, func(i, j int) bool { return ix.entityFacts(unscanned[i].IDs) < ix.entityFacts(unscanned[j].IDs) })
		if err := kb.entityRowids(ctx, unscanned[0].IDs, 2*entityScanLimit, rowids); err != nil {
			return nil, err
		}
	}
	return kb.loadCandidates(ctx, rowids, ix, opt)
}

func (kb *KB) entityRowids(ctx context.Context, ids []string, limit int, into map[int64]bool) error {
	rows, err := kb.db.QueryContext(ctx, `SELECT DISTINCT fact_rowid FROM fact_entities WHERE entity_id IN (`+placeholders(len(ids))+`) ORDER BY fact_rowid DESC LIMIT ?`,
		append(anySlice(ids), limit)...)
	if err != nil {
		return fmt.Errorf("entity facts: %w", err)
	}
	return collectRowids(rows, into)
}

// entityFacts is how many facts are about any of ids.
func (ix *memIndex) entityFacts(ids []string) int {
	n := 0
	for _, id := range ids {
		n += ix.entityDF[id]
	}
	return n
}

// ftsQuery builds the full-text query. Selective words (and their synonyms) and
// the names of entities too common to read whole but not ubiquitous are ORed and
// ranked by bm25, which puts facts holding most of them first. When everything
// is common, ORing would score most of the index, so the rarest are ANDed instead
// and the first matches taken. With a rare entity already read whole, facts
// without it could only win on common words, so only selective words are sought.
// Every term is a quoted stem from the tokenizer: user text never reaches FTS5
// syntax.
func ftsQuery(q question, unscanned []entityMention, ix *memIndex, scanned bool) (string, bool) {
	rareLimit := max(100, ix.facts/50)
	nameLimit := max(1000, ix.facts/100)
	type group struct {
		alts []string
		df   int
	}
	var selective, frequent []group
	for _, t := range q.Terms {
		g := group{}
		for _, a := range t.Alts {
			if df := ix.phraseDF(a); df > 0 {
				g.alts = append(g.alts, `"`+a+`"`)
				g.df += df
			}
		}
		switch {
		case len(g.alts) == 0:
		case g.df <= rareLimit:
			selective = append(selective, g)
		default:
			frequent = append(frequent, g)
		}
	}
	for _, m := range unscanned {
		g := group{df: ix.entityFacts(m.IDs)}
		for _, name := range ix.aliases.stemmedNames(m.IDs) {
			if len(g.alts) < 6 {
				g.alts = append(g.alts, `"`+name+`"`)
			}
		}
		switch {
		case len(g.alts) == 0 || scanned:
		case g.df <= nameLimit:
			selective = append(selective, g)
		default:
			frequent = append(frequent, g)
		}
	}
	if len(selective) > 0 {
		var parts []string
		for _, g := range selective {
			parts = append(parts, g.alts...)
		}
		return strings.Join(parts, " OR "), true
	}
	if scanned || len(frequent) == 0 {
		return "", false
	}
	sort.Slice(frequent, func(i, j int) bool { return frequent[i].df < frequent[j].df })
	var parts []string
	for i, g := range frequent {
		if i == 3 {
			break
		}
		parts = append(parts, "("+strings.Join(g.alts, " OR ")+")")
	}
	return strings.Join(parts, " AND "), false
}
