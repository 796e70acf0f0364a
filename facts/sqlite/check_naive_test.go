package sqlite

import (
	"context"
	"slices"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/text"
)

// NaiveCheck is the naive baseline the check's benchmark reports beside it,
// the way checks were made before issue 16: every figure of the draft
// compared with every figure of every approved fact about every entity the
// draft names. It returns how many pairs it compared and how many disagree.
func NaiveCheck(ctx context.Context, kb *KB, draft string) (pairs, disagree int, err error) {
	ix, err := kb.index(ctx)
	if err != nil {
		return 0, 0, err
	}
	d := claims.Parse(draft)
	var ids []any
	for _, m := range ix.Names.Find(d.Toks) {
		for _, id := range m.IDs {
			if !slices.Contains(ids, any(id)) {
				ids = append(ids, id)
			}
		}
	}
	if len(ids) == 0 {
		return 0, 0, nil
	}
	statements, err := queryStrings(ctx, kb.db, `SELECT statement FROM facts WHERE status = 'approved' AND rowid IN
		(SELECT fact_rowid FROM fact_entities WHERE entity_id IN (`+placeholders(len(ids))+`))`, ids...)
	if err != nil {
		return 0, 0, err
	}
	var theirs []claims.Claim
	for _, s := range statements {
		for _, c := range claims.Extract(s) {
			if c.Kind == claims.ClaimNumber && c.Unit != "" {
				theirs = append(theirs, c)
			}
		}
	}
	for _, c := range d.Claims() {
		if c.Kind != claims.ClaimNumber || c.Unit == "" {
			continue
		}
		for _, o := range theirs {
			pairs++
			if text.Stem(lastWord(c.Unit)) == text.Stem(lastWord(o.Unit)) && c.Value != o.Value {
				disagree++
			}
		}
	}
	return pairs, disagree, ctx.Err()
}

func lastWord(s string) string {
	toks := text.Tokenize(s)
	if len(toks) == 0 {
		return ""
	}
	return toks[len(toks)-1].Norm
}
