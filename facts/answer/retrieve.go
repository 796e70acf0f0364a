package answer

import (
	"cmp"
	"context"
	"slices"
	"sync"

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
	acc := accumulators.Get().(*accumulator)
	defer accumulators.Put(acc)
	// The candidates: every fact on a short list.
	walked := false
	for _, gr := range groups {
		for _, l := range gr.lists {
			if len(l.refs) <= maxWalk {
				acc.add(l.refs)
				walked = true
			}
		}
	}
	// Facts on several long lists: a shared surname with an organisation in
	// many stories, neither list short. Their intersection, shortest first,
	// holds the facts that name both.
	var long [][]int32
	for _, gr := range groups {
		if l := gr.lists[0].refs; len(l) > maxWalk {
			long = append(long, l)
		}
	}
	slices.SortFunc(long, func(a, b []int32) int { return cmp.Compare(len(a), len(b)) })
	if len(long) >= 2 || !walked {
		both, met := long[0], false
		for _, l := range long[1:] {
			x := meet(both, l)
			if len(x) == 0 {
				break
			}
			both, met = x, true
			if len(both) <= maxWalk {
				break
			}
		}
		switch {
		case met:
			acc.add(both[max(0, len(both)-maxWalk):])
		case !walked:
			// Only long lists, and no two meet: the newest facts of the
			// shortest.
			acc.add(both[max(0, len(both)-newestOfLongest):])
		}
	}
	// Their scores: short lists walked again, long ones probed for them.
	for _, gr := range groups {
		for _, l := range gr.lists {
			if len(l.refs) <= maxWalk {
				for _, r := range l.refs {
					acc.credit(r, l.credit)
				}
				continue
			}
			acc.each(l.refs, true, func(r int32) { acc.credit(r, l.credit) })
		}
		acc.endGroup(gr.weight)
	}
	for _, f := range fits(q, ix) {
		acc.each(f.refs, false, func(r int32) { acc.score[r] *= f.otherwise })
	}
	return acc.top(limit)
}

// fit is a preference among candidates: those not on refs keep only
// otherwise of their score.
type fit struct {
	refs      []int32
	otherwise float64
}

// fits are the question type's preferences, read from postings before any
// fact is: a figure for "how many", a date for "when", a place for "where",
// a quote for "who said", the people named speaking for "what did X say".
// They are soft, as the ranking's own fit is: they only order the candidates,
// so that the few read are those the ranking would choose.
func fits(q question, ix *index.Index) []fit {
	switch q.Type {
	case askHowMany:
		return []fit{{ix.ShapePostings(index.ShapeFigure), 0.3}}
	case askWhen:
		return []fit{{ix.ShapePostings(index.ShapeDate), 0.5}}
	case askWhere:
		return []fit{{ix.ShapePostings(index.ShapePlace), 0.6}}
	case askWhoSaid:
		return []fit{{ix.ShapePostings(index.ShapeQuote), 0.4}}
	case askSay:
		ids := q.speakers
		if len(ids) == 0 {
			for _, m := range q.Entities {
				ids = append(ids, m.IDs...)
			}
		}
		if len(ids) == 0 {
			return []fit{{ix.ShapePostings(index.ShapeQuote), 0.5}}
		}
		lists := make([][]int32, 0, 2*len(ids))
		for _, id := range ids {
			lists = append(lists, ix.RolePostings(id, "speaker"), ix.RolePostings(id, "subject"))
		}
		return []fit{{index.UnionAll(lists...), 0.3}}
	}
	return nil
}

// meet is the facts on both sorted lists, looking each of the shorter up
// in the longer from where the last was found.
func meet(a, b []int32) []int32 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var out []int32
	for _, r := range a {
		i, ok := slices.BinarySearch(b, r)
		if ok {
			out = append(out, r)
		}
		if b = b[i:]; len(b) == 0 {
			break
		}
	}
	return out
}

// accumulator adds up candidates' scores in arrays indexed by fact: retrieval
// touches thousands of facts a question, and a map of them cost more than the
// rest of answering. One is reused per goroutine through a pool.
type accumulator struct {
	in    []bool    // by fact: a candidate
	score []float64 // by fact: the sum of its groups' weighted credits
	best  []float64 // by fact: its best credit in the current group
	cands []int32   // the candidates
	group []int32   // facts credited in the current group
	bits  []uint64  // a long list's facts, marked to be looked up at once
}

// each calls fn for every candidate on the ascending list (in), or not on it.
// Few candidates are looked up in the list one by one; many, against the list
// marked once in a bitmap: a common word's list of thousands costs a pass,
// not thousands of searches.
func (a *accumulator) each(list []int32, in bool, fn func(r int32)) {
	if len(a.cands)*16 < len(list) {
		for _, r := range a.cands {
			if _, ok := slices.BinarySearch(list, r); ok == in {
				fn(r)
			}
		}
		return
	}
	n := len(a.in)
	words := (n + 63) / 64
	if cap(a.bits) < words {
		a.bits = make([]uint64, words)
	}
	bits := a.bits[:words]
	for _, r := range list {
		if int(r) >= n {
			break // beyond every candidate: the list ascends
		}
		bits[r>>6] |= 1 << (r & 63)
	}
	for _, r := range a.cands {
		if (bits[r>>6]&(1<<(r&63)) != 0) == in {
			fn(r)
		}
	}
	clear(bits)
}

var accumulators = sync.Pool{New: func() any { return &accumulator{} }}

// add makes the facts of refs candidates.
func (a *accumulator) add(refs []int32) {
	for _, r := range refs {
		if int(r) >= len(a.in) {
			n := max(2*len(a.in), int(r)+1, 1024)
			a.in = append(a.in, make([]bool, n-len(a.in))...)
			a.score = append(a.score, make([]float64, n-len(a.score))...)
			a.best = append(a.best, make([]float64, n-len(a.best))...)
		}
		if !a.in[r] {
			a.in[r] = true
			a.cands = append(a.cands, r)
		}
	}
}

// credit gives candidate r credit c in the current group: a fact earns a
// group's weight once, at its best credit among the group's lists.
func (a *accumulator) credit(r int32, c float64) {
	if c <= 0 {
		return
	}
	if a.best[r] == 0 {
		a.group = append(a.group, r)
	}
	a.best[r] = max(a.best[r], c)
}

// endGroup adds the current group's credits, weighted, to the scores.
func (a *accumulator) endGroup(weight float64) {
	for _, r := range a.group {
		a.score[r] += weight * a.best[r]
		a.best[r] = 0
	}
	a.group = a.group[:0]
}

// top is the limit best-scoring facts, newer first among equals; it leaves the
// accumulator empty for its next use.
func (a *accumulator) top(limit int) []int32 {
	type scored struct {
		ref   int32
		score float64
	}
	better := func(x, y scored) int {
		if x.score != y.score {
			return cmp.Compare(y.score, x.score)
		}
		return cmp.Compare(y.ref, x.ref)
	}
	// Keep the best limit seen so far, sorted; most candidates fall below the
	// last and cost one comparison.
	best := make([]scored, 0, limit+1)
	for _, r := range a.cands {
		s := scored{r, a.score[r]}
		a.score[r], a.in[r] = 0, false
		if len(best) == limit && better(s, best[limit-1]) >= 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(best, s, better)
		best = slices.Insert(best, i, s)
		if len(best) > limit {
			best = best[:limit]
		}
	}
	a.cands = a.cands[:0]
	out := make([]int32, len(best))
	for i, s := range best {
		out[i] = s.ref
	}
	return out
}
