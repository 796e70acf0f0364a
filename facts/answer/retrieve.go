package answer

import (
	"cmp"
	"context"
	"slices"

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
	maxCandidates = 60
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

// list is one posting list a group of the question contributes: a fact on it
// earns the group's weight times credit.
type list struct {
	refs   []int32
	credit float64
}

// group is an entity the question names, or a word with its alternatives: a
// fact earns its weight once, at the best credit among its lists.
type group struct {
	weight float64
	lists  []list
}

// retrieve picks the facts to rank: see maxCandidates.
func retrieve(q question, ix *index.Index, limit int) []int32 {
	var groups []group
	for _, m := range q.Entities {
		groups = append(groups, group{weight: ix.EntityWeight(m.IDs), lists: []list{{ix.EntityPostings(m.IDs), 1}}})
	}
	for _, t := range q.Terms {
		g := group{weight: t.Weight}
		for _, a := range t.Alts {
			if refs := ix.PhrasePostings(a.Stem); len(refs) > 0 {
				g.lists = append(g.lists, list{refs, a.Weight})
			}
		}
		if len(g.lists) > 0 {
			groups = append(groups, g)
		}
	}
	if len(groups) == 0 {
		return nil
	}
	// Walk the short lists: each fact they hold is a candidate, with the
	// credit it earns from each group.
	credit := map[int32][]float64{}
	earn := func(r int32, g int, c float64) {
		cs := credit[r]
		if cs == nil {
			cs = make([]float64, len(groups))
			credit[r] = cs
		}
		cs[g] = max(cs[g], c)
	}
	for g, gr := range groups {
		for _, l := range gr.lists {
			if len(l.refs) <= maxWalk {
				for _, r := range l.refs {
					earn(r, g, l.credit)
				}
			}
		}
	}
	if len(credit) == 0 {
		// Only long lists: start from the newest facts of the shortest.
		var shortest *list
		at := -1
		for g := range groups {
			for i := range groups[g].lists {
				if l := &groups[g].lists[i]; shortest == nil || len(l.refs) < len(shortest.refs) {
					shortest, at = l, g
				}
			}
		}
		refs := shortest.refs[max(0, len(shortest.refs)-newestOfLongest):]
		for _, r := range refs {
			earn(r, at, shortest.credit)
		}
	}
	// Probe the long lists for the candidates.
	for g, gr := range groups {
		for _, l := range gr.lists {
			if len(l.refs) <= maxWalk {
				continue
			}
			for r := range credit {
				if _, ok := slices.BinarySearch(l.refs, r); ok {
					earn(r, g, l.credit)
				}
			}
		}
	}
	type scored struct {
		ref   int32
		score float64
	}
	all := make([]scored, 0, len(credit))
	for r, cs := range credit {
		s := 0.0
		for g, c := range cs {
			s += groups[g].weight * c
		}
		all = append(all, scored{r, s})
	}
	slices.SortFunc(all, func(a, b scored) int {
		switch {
		case a.score != b.score:
			return cmp.Compare(b.score, a.score)
		default:
			return cmp.Compare(b.ref, a.ref) // newer first
		}
	})
	out := make([]int32, 0, min(limit, len(all)))
	for _, s := range all[:min(limit, len(all))] {
		out = append(out, s.ref)
	}
	return out
}
