package index

import (
	"cmp"
	"slices"
	"sync"
)

// Top picks, from postings alone, the facts most likely meant by what a
// question or a draft's claim names, before any fact is read: both answering
// and the draft check choose their candidates this way. Each Group (an
// entity, or a word with its alternatives) earns a fact its weight once, at
// the best credit among the group's lists it is on. Lists no longer than
// MaxWalk are walked and bring the candidates; longer ones (a common word, a
// surname dozens share) are never walked, only probed for those candidates,
// so the work grows with what is named, not with the archive.

// Group is what a fact earns weight for: being on one of Lists.
type Group struct {
	Weight float64
	Lists  []List
}

// List is one posting list of a group, and the share of the group's weight a
// fact on it earns.
type List struct {
	Refs   []int32
	Credit float64
}

// Fit is a preference among candidates: those not on Refs keep only
// Otherwise of their score.
type Fit struct {
	Refs      []int32
	Otherwise float64
}

// TopOptions say how Top chooses.
type TopOptions struct {
	MaxWalk int // a list longer than this is probed, never walked
	// Meet makes the facts on several long lists candidates too (their
	// intersection, at most MaxWalk of the newest): a shared surname with an
	// organisation in every tenth story, neither list short.
	Meet bool
	// NewestOfLongest is how many of the newest facts of the shortest list
	// are candidates when no list is short (and, with Meet, no two meet).
	NewestOfLongest int
	Fits            []Fit // applied after scoring
}

// Top returns the limit facts scoring best on groups, newer first among
// equals.
func Top(groups []Group, limit int, o TopOptions) []int32 {
	if len(groups) == 0 {
		return nil
	}
	acc := accumulators.Get().(*accumulator)
	defer accumulators.Put(acc)
	// The candidates: every fact on a short list.
	for _, gr := range groups {
		for _, l := range gr.Lists {
			if len(l.Refs) <= o.MaxWalk {
				acc.add(l.Refs)
			}
		}
	}
	if o.Meet {
		// The intersection of the groups' first lists, shortest first.
		var long [][]int32
		for _, gr := range groups {
			if len(gr.Lists) > 0 && len(gr.Lists[0].Refs) > o.MaxWalk {
				long = append(long, gr.Lists[0].Refs)
			}
		}
		slices.SortFunc(long, func(a, b []int32) int { return cmp.Compare(len(a), len(b)) })
		if len(long) >= 2 {
			both, met := long[0], false
			for _, l := range long[1:] {
				x := intersect(both, l)
				if len(x) == 0 {
					break
				}
				both, met = x, true
				if len(both) <= o.MaxWalk {
					break
				}
			}
			if met {
				acc.add(both[max(0, len(both)-o.MaxWalk):])
			}
		}
	}
	if len(acc.cands) == 0 {
		// Only long lists, none meeting: start from the newest facts of the
		// shortest.
		var shortest []int32
		for _, gr := range groups {
			for _, l := range gr.Lists {
				if len(l.Refs) > 0 && (shortest == nil || len(l.Refs) < len(shortest)) {
					shortest = l.Refs
				}
			}
		}
		if shortest == nil {
			return nil
		}
		acc.add(shortest[max(0, len(shortest)-o.NewestOfLongest):])
	}
	// Their scores: short lists walked again, long ones probed for them.
	for _, gr := range groups {
		for _, l := range gr.Lists {
			if len(l.Refs) <= o.MaxWalk {
				for _, r := range l.Refs {
					acc.credit(r, l.Credit)
				}
				continue
			}
			acc.each(l.Refs, true, func(r int32) { acc.credit(r, l.Credit) })
		}
		acc.endGroup(gr.Weight)
	}
	for _, f := range o.Fits {
		acc.each(f.Refs, false, func(r int32) { acc.score[r] *= f.Otherwise })
	}
	return acc.top(limit)
}

// accumulator adds up candidates' scores in arrays indexed by fact: choosing
// touches thousands of facts, and a map of them cost more than the rest of
// answering. One is reused per goroutine through a pool.
type accumulator struct {
	in    []bool    // by fact: a candidate
	score []float64 // by fact: the sum of its groups' weighted credits
	best  []float64 // by fact: its best credit in the current group
	cands []int32   // the candidates
	group []int32   // facts credited in the current group
	bits  []uint64  // a long list's facts, marked to be looked up at once
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
