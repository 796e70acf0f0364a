package check

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/factdesk/factdesk/facts/claims"
)

// minScoreRelevance is how surely a clause must be about a fact before its
// result is held against the fact's: as for a figure, the match's sides or
// its event named, and more.
const minScoreRelevance = minNumberRelevance

// checkScore compares a result ("45-9", "6-3 6-2") with the facts giving one
// for the clause's match: a fact relevant enough that gives the same result,
// or any of its sets, backs it; the most relevant that gives another
// contradicts it. A fact may give two results of one match (the half-time
// lead and the final score): either backs the draft's.
func (ck *checker) checkScore(c claims.Claim) {
	ctx := ck.contextOf(c)
	h := hits{}
	h.add(ck.index().scored)
	cands := ck.candidates(intersect(h, ck.aboutClause(ctx)))
	ck.spend(len(cands))
	var top *checkFact
	var topRel relevance
	best := 0.0
	for _, cf := range cands {
		r := ck.relevance(ctx, cf)
		if !r.named {
			continue
		}
		if slices.ContainsFunc(cf.counts().scores, func(s [][2]int) bool { return sameResult(c.Scores, s) }) {
			if r.score >= minClearRelevance {
				ck.checked++
				ck.support("number", c.Span, cf)
				return
			}
			continue
		}
		if r.score >= minScoreRelevance && r.score > best {
			top, topRel, best = cf, r, r.score
		}
	}
	if top == nil || !topRel.subject && !ck.anchored(c, top) {
		return
	}
	ck.checked++
	want := resultText(closestResult(c.Scores, top.scores))
	msg := fmt.Sprintf("The knowledge base gives %s, not %s: %s", want, c.Text, top.Statement)
	ck.add(top.finding("number", c.Span, want, msg))
}

// sameResult reports whether two results agree: each pair the same, or
// each turned round ("lost 2-1" of the side that scored one), over the sets
// both give.
func sameResult(a, b [][2]int) bool {
	n := min(len(a), len(b))
	same, turned := true, true
	for i := range n {
		same = same && a[i] == b[i]
		turned = turned && a[i] == [2]int{b[i][1], b[i][0]}
	}
	return same || turned
}

// closestResult is the fact's result nearest the draft's, the one it
// misstates: of "a 17-6 half-time lead in their 18-17 defeat", 18-17 for
// "lose 18-16".
func closestResult(draft [][2]int, results [][][2]int) [][2]int {
	best, bestOff := results[0], -1
	for _, r := range results {
		off := 0
		for i := range max(len(r), len(draft)) {
			if i >= len(r) || i >= len(draft) {
				off += 100
				continue
			}
			d0, d1 := r[i][0]-draft[i][0], r[i][1]-draft[i][1]
			off += max(d0, -d0) + max(d1, -d1)
		}
		if bestOff < 0 || off < bestOff {
			best, bestOff = r, off
		}
	}
	return best
}

// resultText writes a result as a sport page does: "6-3 6-2".
func resultText(s [][2]int) string {
	parts := make([]string, len(s))
	for i, p := range s {
		parts[i] = strconv.Itoa(p[0]) + "-" + strconv.Itoa(p[1])
	}
	return strings.Join(parts, " ")
}
