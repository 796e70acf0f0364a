package answer

import (
	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"

	"context"
	"fmt"
	"sort"
)

// entityScanLimit is how many facts an entity may have and still be read whole;
// past it the full-text query narrows instead.
const entityScanLimit = 100

// textLimit is how many facts a full-text query brings.
const textLimit = 80

// candidates retrieves the facts that could answer: every fact about the question's
// rare entities, and a full-text query that stays selective however large the
// knowledge base grows. Everything retrieved is scored; nothing here decides.
func candidates(ctx context.Context, st index.Store, q question, ix *index.Index, opt facts.AskOptions) ([]*index.Doc, error) {
	refs := map[int64]bool{}
	var unscanned []index.Mention
	scanned := false
	for _, m := range q.Entities {
		if ix.EntityFacts(m.IDs) > entityScanLimit {
			unscanned = append(unscanned, m)
			continue
		}
		if err := about(ctx, st, m.IDs, entityScanLimit, refs); err != nil {
			return nil, err
		}
		scanned = true
	}
	if tq, ok := textQuery(q, unscanned, ix, scanned); ok {
		found, err := st.Match(ctx, tq)
		if err != nil {
			return nil, fmt.Errorf("full-text search: %w", err)
		}
		for _, r := range found {
			refs[r] = true
		}
	}
	if len(refs) == 0 && len(unscanned) > 0 {
		// Only a very common entity to go on ("What did China say?"): its newest facts.
		sort.Slice(unscanned, func(i, j int) bool { return ix.EntityFacts(unscanned[i].IDs) < ix.EntityFacts(unscanned[j].IDs) })
		if err := about(ctx, st, unscanned[0].IDs, 2*entityScanLimit, refs); err != nil {
			return nil, err
		}
	}
	return load(ctx, st, ix, refs, opt)
}

// about adds the newest facts about any of ids to refs.
func about(ctx context.Context, st index.Store, ids []string, limit int, refs map[int64]bool) error {
	found, err := st.AboutEntities(ctx, index.EntityQuery{IDs: ids, Limit: limit})
	if err != nil {
		return fmt.Errorf("entity facts: %w", err)
	}
	for _, r := range found {
		refs[r] = true
	}
	return nil
}

// textQuery plans the full-text query. Selective words (and their synonyms)
// and the names of entities too common to read whole but not ubiquitous are
// sought together, facts holding most of them first. When everything is
// common, that would score most of the knowledge base, so the facts holding
// the rarest three are sought instead, and the first ones taken. With a rare
// entity already read whole, facts without it could only win on common words,
// so only selective words are sought.
func textQuery(q question, unscanned []index.Mention, ix *index.Index, scanned bool) (index.TextQuery, bool) {
	rareLimit := max(100, ix.Facts()/50)
	nameLimit := max(1000, ix.Facts()/100)
	type group struct {
		alts []string
		df   int
	}
	var selective, frequent []group
	for _, t := range q.Terms {
		g := group{}
		for _, a := range t.Alts {
			if df := ix.PhraseDF(a.Stem); df > 0 {
				g.alts = append(g.alts, a.Stem)
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
		g := group{df: ix.EntityFacts(m.IDs)}
		for _, name := range ix.Names.StemmedNames(m.IDs) {
			if len(g.alts) < 6 {
				g.alts = append(g.alts, name)
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
		tq := index.TextQuery{Limit: textLimit}
		for _, g := range selective {
			tq.Groups = append(tq.Groups, g.alts)
		}
		return tq, true
	}
	if scanned || len(frequent) == 0 {
		return index.TextQuery{}, false
	}
	sort.Slice(frequent, func(i, j int) bool { return frequent[i].df < frequent[j].df })
	tq := index.TextQuery{All: true, Limit: textLimit}
	for i, g := range frequent {
		if i == 3 {
			break
		}
		tq.Groups = append(tq.Groups, g.alts)
	}
	return tq, true
}
