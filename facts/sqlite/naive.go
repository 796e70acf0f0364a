package sqlite

import (
	"context"
	"strings"

	"github.com/factdesk/factdesk/facts/text"
)

// NaiveSearch is the naive baseline the benchmarks and the load test report
// beside the engine: one FTS5 BM25 query over the question's words, the best
// few facts' rowids. It answers nothing; it is what a plain full-text search
// of the same knowledge base costs.
func NaiveSearch(ctx context.Context, kb *KB, question string) ([]int64, error) {
	var terms []string
	for _, t := range text.Tokenize(question) {
		if !text.IsStopword(t.Norm) {
			terms = append(terms, `"`+strings.ReplaceAll(t.Stem, `"`, "")+`"`)
		}
	}
	if len(terms) == 0 {
		return nil, nil
	}
	rows, err := kb.db.QueryContext(ctx, `SELECT rowid FROM facts_fts WHERE facts_fts MATCH ? ORDER BY bm25(facts_fts) LIMIT 5`, strings.Join(terms, " OR "))
	if err != nil {
		return nil, err
	}
	return collectRowids(rows)
}
