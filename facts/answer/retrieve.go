package answer

import (
	"context"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
)

// Retrieval reads and ranks at most maxCandidates facts a question, chosen
// from the postings of the question's entities and words (index.Postings) by a
// cheap score: each entity or word a fact holds, weighted by its rarity (and a
// related word by how close it is). Lists longer than maxWalk are never walked,
// only probed for the facts the shorter ones bring, so the work grows with
// what the question names, not with the archive.
const (
	maxCandidates = 30
	maxWalk       = 2000
	// Without a short list to start from ("What did China say?"), the newest
	// facts of the shortest list are scored instead.
	newestOfLongest = 200
)

// candidates retrieves the facts that could answer. Everything retrieved is
// ranked; nothing here decides.
func candidates(ctx context.Context, st index.Store, q question, ix *index.Index, opt facts.AskOptions) ([]*index.Doc, error) {
	refs := retrieve(q, ix, maxCandidates*storyFactor(opt))
	set := make(map[int64]bool, len(refs))
	for _, r := range refs {
		set[int64(r)] = true
	}
	return load(ctx, st, ix, set, opt)
}

// storyFactor widens retrieval when a question is asked within one story: the
// best facts of the whole knowledge base may be another story's.
func storyFactor(opt facts.AskOptions) int {
	if opt.Story != "" {
		return 4
	}
	return 1
}

// retrieve picks the facts to rank: see maxCandidates.
func retrieve(q question, ix *index.Index, limit int) []int32 {
	var groups []index.Group
	for _, m := range q.Entities {
		groups = append(groups, index.Group{Weight: ix.EntityWeight(m.IDs), Lists: []index.List{{Refs: ix.EntityPostings(m.IDs), Credit: 1}}})
	}
	for _, t := range q.Terms {
		g := index.Group{Weight: t.Weight}
		for _, a := range t.Alts {
			if refs := ix.PhrasePostings(a.Stem); len(refs) > 0 {
				g.Lists = append(g.Lists, index.List{Refs: refs, Credit: a.Weight})
			}
		}
		if len(g.Lists) > 0 {
			groups = append(groups, g)
		}
	}
	return index.Top(groups, limit, index.TopOptions{MaxWalk: maxWalk, Meet: true, NewestOfLongest: newestOfLongest, Fits: fits(q, ix)})
}

// fits are the question type's preferences, read from postings before any
// fact is: a figure for "how many", a date for "when", a place for "where",
// a quote for "who said", the people named speaking for "what did X say".
// They are soft, as the ranking's own fit is: they only order the candidates,
// so that the few read are those the ranking would choose.
func fits(q question, ix *index.Index) []index.Fit {
	switch q.Type {
	case askHowMany:
		return []index.Fit{{Refs: ix.ShapePostings(index.ShapeFigure), Otherwise: 0.3}}
	case askWhen:
		return []index.Fit{{Refs: ix.ShapePostings(index.ShapeDate), Otherwise: 0.5}}
	case askWhere:
		return []index.Fit{{Refs: ix.ShapePostings(index.ShapePlace), Otherwise: 0.6}}
	case askWhoSaid:
		return []index.Fit{{Refs: ix.ShapePostings(index.ShapeQuote), Otherwise: 0.4}}
	case askSay:
		ids := q.speakers
		if len(ids) == 0 {
			for _, m := range q.Entities {
				ids = append(ids, m.IDs...)
			}
		}
		if len(ids) == 0 {
			return []index.Fit{{Refs: ix.ShapePostings(index.ShapeQuote), Otherwise: 0.5}}
		}
		lists := make([][]int32, 0, 2*len(ids))
		for _, id := range ids {
			lists = append(lists, ix.RolePostings(id, "speaker"), ix.RolePostings(id, "subject"))
		}
		return []index.Fit{{Refs: index.UnionAll(lists...), Otherwise: 0.3}}
	}
	return nil
}
