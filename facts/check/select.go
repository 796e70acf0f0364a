package check

import (
	"context"
	"github.com/factdesk/factdesk/facts/index"

	"github.com/factdesk/factdesk/facts/claims"
)

// When the entities a draft names are about more facts than a check reads
// (maxLoadedFacts), it cannot read them all: a draft naming many people who
// share a surname, and the countries most stories are about, would bring most
// of the knowledge base. Each claim then chooses the few facts it is most
// likely about from the read model's postings, as answering does: the facts
// naming the entities of its clause and holding its words (for a figure, the
// noun it counts, above all), the rarer the more. Lists too long to walk are
// only probed for the facts the shorter ones bring, so choosing costs what
// the claim names, not what the archive holds.
const (
	// perClaim facts are chosen for one claim; four times as many for a
	// check within one story, since most chosen may be other stories'.
	perClaim = 16
	maxWalk  = 500 // a posting list longer than this is probed, never walked
	// Without a short list to start from, the newest facts of the shortest
	// one are scored instead.
	newestOfLongest = 200
	// unitWeight is how much more the noun a figure counts weighs than the
	// other words of its clause.
	unitWeight = 2.0
)

// chooseFacts picks what a check of many entities reads: for each claim in
// turn, the facts it is most likely about, and for each entity named, its
// newest fact (to cite for a misspelt name, to give a title's source). It
// stops when maxLoadedFacts are chosen, and returns the chosen facts in the
// order chosen and the index of the first claim it could not choose for
// (len(ck.claims) when it chose for all).
func (ck *checker) chooseFacts(ctx context.Context) ([]int64, int, error) {
	chosen := newRefSet(maxLoadedFacts)
	for _, m := range ck.mentions {
		if l := ck.ix.EntityPostings(m.IDs); len(l) > 0 {
			chosen.add(int64(l[len(l)-1]))
		}
	}
	for i, c := range ck.claims {
		if err := ctx.Err(); err != nil {
			return nil, 0, err
		}
		groups := ck.claimGroups(c)
		if len(groups) == 0 {
			continue
		}
		refs := topRefs(groups, ck.perClaim)
		if chosen.room() < len(refs) {
			return chosen.refs, i, nil
		}
		for _, r := range refs {
			chosen.add(int64(r))
		}
	}
	return chosen.refs, len(ck.claims), nil
}

// claimGroups are what a claim's facts are chosen by: the entities its clause
// names and the words it holds, each a group earning a fact its weight.
func (ck *checker) claimGroups(c claims.Claim) []index.Group {
	var toks []int
	switch c.Kind {
	case claims.ClaimNumber, claims.ClaimDate:
		toks = ck.d.ClauseOf(c.From)
	case claims.ClaimQuote, claims.ClaimSaid:
		for i := c.From; i < c.To; i++ {
			toks = append(toks, i)
		}
		if c.Speaker != nil {
			for i, t := range ck.d.Toks {
				if t.Start >= c.Speaker.Start && t.End <= c.Speaker.End {
					toks = append(toks, i)
				}
			}
		}
	case claims.ClaimPerson:
		if c.Name == nil {
			return nil
		}
		return ck.entityGroups(*c.Name, nil)
	default:
		return nil
	}
	in := map[int]bool{}
	for _, i := range toks {
		in[i] = true
	}
	groups := ck.entityGroups(claims.Span{}, in)
	named := map[int]bool{}
	for _, m := range ck.mentions {
		if in[m.From] {
			for i := m.From; i < m.To; i++ {
				named[i] = true
			}
		}
	}
	unit := ""
	if c.Kind == claims.ClaimNumber && c.Unit != "" {
		unit = lastStem(c.Unit)
	}
	seen := map[string]bool{}
	for _, i := range toks {
		t := ck.d.Toks[i]
		if named[i] || seen[t.Stem] || ck.ix.IsStop(t.Norm) || isFigure(t.Norm) {
			continue
		}
		seen[t.Stem] = true
		l := ck.ix.TermPostings(t.Stem)
		if len(l) == 0 || len(l) > maxWalk && t.Stem != unit {
			continue // a word too common to walk says little of which fact is meant
		}
		w := ck.ix.IDF(len(l))
		if t.Stem == unit {
			w *= unitWeight
		}
		groups = append(groups, index.Group{Weight: w, Lists: []index.List{{Refs: l, Credit: 1}}})
	}
	return groups
}

// entityGroups are the entities named over a span, or at the tokens in in:
// each earns a fact naming it, or (for a country or organisation) one of the
// people its title ties to it, a little less.
func (ck *checker) entityGroups(sp claims.Span, in map[int]bool) []index.Group {
	var out []index.Group
	for _, m := range ck.mentions {
		if in != nil && !in[m.From] || in == nil && (ck.d.Toks[m.From].Start >= sp.End || ck.d.Toks[m.To-1].End <= sp.Start) {
			continue
		}
		g := index.Group{Weight: ck.ix.EntityWeight(m.IDs), Lists: []index.List{{Refs: ck.ix.EntityPostings(m.IDs), Credit: 1}}}
		for _, id := range m.IDs {
			if k := ck.ix.Names.Kind(id); k == "country" || k == "organization" {
				for _, p := range ck.affiliatedPeople(id) {
					g.Lists = append(g.Lists, index.List{Refs: ck.ix.EntityPostings([]string{p}), Credit: 0.8})
				}
			}
		}
		out = append(out, g)
	}
	return out
}

// topRefs scores the facts on the groups' lists and returns the best limit,
// newer first among equals, as answering chooses its candidates.
func topRefs(groups []index.Group, limit int) []int32 {
	return index.Top(groups, limit, index.TopOptions{MaxWalk: maxWalk, NewestOfLongest: newestOfLongest})
}

// refSet is facts chosen to read, in the order chosen, each once, at most
// limit.
type refSet struct {
	refs  []int64
	has   map[int64]bool
	limit int
}

func newRefSet(limit int) *refSet { return &refSet{has: map[int64]bool{}, limit: limit} }

// add adds a fact if there is room; it reports whether the set is full.
func (s *refSet) add(r int64) bool {
	if !s.has[r] && len(s.refs) < s.limit {
		s.has[r] = true
		s.refs = append(s.refs, r)
	}
	return len(s.refs) >= s.limit
}

// room is how many more facts fit.
func (s *refSet) room() int { return s.limit - len(s.refs) }
