package check

import (
	"cmp"
	"slices"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
)

// factIndex files the loaded facts under what a claim can match them by, so
// that a claim is compared with the facts that could bear on it rather than
// with every loaded fact: a figure with the facts counting the same thing, a
// date with the dated facts whose event or actors its clause names, a
// quotation with the recorded ones sharing its words. Each list holds
// positions in checker.facts, ascending, so a claim meets its candidates in
// the order it met them when it looked at every fact, and decides the same.
type factIndex struct {
	// actors: an entity -> the facts it is the subject or object of, or whose
	// subject or speaker its title ties to it (Cuba for Cuba's envoy): the
	// facts relevance counts a clause naming it as being about.
	actors map[string][]int
	// events: a stem a clause may hold -> the facts whose predicate it names
	// (the predicate's words, their lexicon synonyms and close WordNet
	// alternatives, as relevance reads them).
	events map[string][]int
	// keys: a stem -> the facts with a keyword it names (or a synonym).
	keys map[string][]int
	// units: a counted noun's stem -> the facts giving a figure of it; unitIDs
	// the same by the entity a counted noun names ("Uyghurs").
	units   map[string][]int
	unitIDs map[string][]int
	// dated are the facts with a date; scored, those giving a result.
	dated  []int
	scored []int
	// figures: a distinctive figure -> the facts whose statement gives it
	// (see echoesFigure).
	figures map[float64][]int
	// quoteWords: a word -> the facts whose recorded quotation holds it.
	quoteWords map[string][]int
	// bySubject and bySpeaker: an entity -> the facts it is the subject or
	// the speaker of.
	bySubject map[string][]int
	bySpeaker map[string][]int
}

// index returns the loaded facts' index, built on first use.
func (ck *checker) index() *factIndex {
	if ck.fx != nil {
		return ck.fx
	}
	fx := &factIndex{actors: map[string][]int{}, events: map[string][]int{}, keys: map[string][]int{},
		units: map[string][]int{}, unitIDs: map[string][]int{}, quoteWords: map[string][]int{},
		figures: map[float64][]int{}, bySubject: map[string][]int{}, bySpeaker: map[string][]int{}}
	add := func(m map[string][]int, key string, i int) {
		if l := m[key]; len(l) == 0 || l[len(l)-1] != i {
			m[key] = append(l, i)
		}
	}
	events := map[string][]string{} // predicate stem -> the stems that name it, once per check
	for i, cf := range ck.facts {
		if cf.Subject != "" {
			add(fx.bySubject, cf.Subject, i)
		}
		if cf.Speaker != "" {
			add(fx.bySpeaker, cf.Speaker, i)
		}
		var actors []string
		for _, id := range []string{cf.Subject, cf.Object} {
			if _, ok := ck.entity(id); ok {
				actors = append(actors, id)
			}
		}
		for _, p := range []string{cf.Subject, cf.Speaker} {
			if e, ok := ck.entity(p); ok && e.Kind == "person" {
				for id := range ck.affiliations(p) {
					actors = append(actors, id)
				}
			}
		}
		slices.Sort(actors)
		for _, id := range slices.Compact(actors) {
			add(fx.actors, id, i)
		}
		for _, p := range cf.pred {
			names, ok := events[p]
			if !ok {
				names = append([]string{p}, ck.ix.Synonyms(p)...)
				for _, a := range ck.alternatives(p) {
					names = append(names, a.Stem)
				}
				events[p] = names
			}
			for _, s := range names {
				add(fx.events, s, i)
			}
		}
		if len(cf.pred) == 0 {
			// Its statement's words name its event (saysMuchOf).
			for _, s := range cf.statementStems() {
				if !cf.partyName(s) {
					add(fx.events, s, i)
				}
			}
		}
		for _, k := range cf.keys {
			add(fx.keys, k, i)
			for _, s := range ck.ix.Synonyms(k) {
				add(fx.keys, s, i)
			}
		}
		if _, ok := cf.date(); ok {
			fx.dated = append(fx.dated, i)
		}
		for _, w := range cf.quote {
			add(fx.quoteWords, w, i)
		}
		if cf.Value != nil || claims.MayHoldFigure(cf.Statement) {
			if len(cf.counts().scores) > 0 {
				fx.scored = append(fx.scored, i)
			}
			for _, fc := range cf.counts().stated {
				for _, v := range givenAs(fc) {
					if l := fx.figures[v]; len(l) == 0 || l[len(l)-1] != i {
						fx.figures[v] = append(l, i)
					}
				}
			}
			for _, n := range cf.numbers {
				if n.unitStem != "" {
					add(fx.units, n.unitStem, i)
				}
				for _, id := range n.unitIDs {
					add(fx.unitIDs, id, i)
				}
			}
		}
	}
	ck.fx = fx
	return fx
}

// alternatives are the close WordNet and lexicon alternatives of a stem that
// relatedIn accepts, once per check.
func (ck *checker) alternatives(s string) []index.Alt {
	alts, ok := ck.alts[s]
	if !ok {
		alts = slices.DeleteFunc(ck.ix.Alternatives(s), func(a index.Alt) bool { return a.Weight < minRelatedWeight })
		if ck.alts == nil {
			ck.alts = map[string][]index.Alt{}
		}
		ck.alts[s] = alts
	}
	return alts
}

// hits counts, for the facts a claim may be compared with, on how many of
// the index's lists the claim found them: the first thing a claim with too
// many candidates keeps them by.
type hits map[int]int

func (h hits) add(l []int) {
	for _, i := range l {
		h[i]++
	}
}

// candidates lists the facts found, at most maxClaimCandidates (those found on the
// most lists, then the first loaded), in load order.
func (ck *checker) candidates(h hits) []*checkFact {
	idx := make([]int, 0, len(h))
	for i := range h {
		idx = append(idx, i)
	}
	if len(idx) > maxClaimCandidates {
		slices.SortFunc(idx, func(a, b int) int {
			if h[a] != h[b] {
				return h[b] - h[a]
			}
			return cmp.Compare(a, b)
		})
		idx = idx[:maxClaimCandidates]
	}
	slices.Sort(idx)
	out := make([]*checkFact, len(idx))
	for k, i := range idx {
		out[k] = ck.facts[i]
	}
	return out
}

// aboutClause finds the facts a clause may be about: those whose actors it
// names, whose event it names, or with a keyword it holds. Only they can reach
// the relevance a figure or a date is compared at (see relevance).
func (ck *checker) aboutClause(ctx claimContext) hits {
	fx := ck.index()
	h := hits{}
	for id := range ctx.entities {
		h.add(fx.actors[id])
	}
	for s := range ctx.stems {
		h.add(fx.events[s])
		h.add(fx.keys[s])
	}
	return h
}

// sharingFigure finds the facts that give one of the other figures of a
// claim's sentence (otherFigures; see echoesFigure).
func (ck *checker) sharingFigure(others []claims.Claim) hits {
	h := hits{}
	for _, o := range others {
		h.add(ck.index().figures[o.Value])
	}
	return h
}

// counting finds the facts giving a figure that counts what u counts (see
// sameUnit).
func (ck *checker) counting(u counted) hits {
	fx := ck.index()
	h := hits{}
	if u.unitStem == "" {
		return h
	}
	for stem, l := range fx.units {
		if ck.sameConcept(u.unitStem, stem) || ck.related(u.unitStem, stem) {
			h.add(l)
		}
	}
	for _, id := range u.unitIDs {
		h.add(fx.unitIDs[id])
	}
	return h
}

// quoting finds the facts whose recorded quotation shares a word with words.
func (ck *checker) quoting(words []string) hits {
	h := hits{}
	seen := map[string]bool{}
	for _, w := range words {
		if !seen[w] {
			seen[w] = true
			h.add(ck.index().quoteWords[w])
		}
	}
	return h
}

// factsOf lists the facts filed under key in one of the index's maps, in
// load order.
func (ck *checker) factsOf(l []int) []*checkFact {
	out := make([]*checkFact, len(l))
	for k, i := range l {
		out[k] = ck.facts[i]
	}
	return out
}

// union merges hits.
func union(hs ...hits) hits {
	out := hits{}
	for _, h := range hs {
		for i, n := range h {
			out[i] += n
		}
	}
	return out
}

// intersect keeps the facts in both, counting their hits in both.
func intersect(a, b hits) hits {
	if len(a) > len(b) {
		a, b = b, a
	}
	out := hits{}
	for i, n := range a {
		if m, ok := b[i]; ok {
			out[i] = n + m
		}
	}
	return out
}
