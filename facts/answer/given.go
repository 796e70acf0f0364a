package answer

import (
	"math"
	"slices"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/text"
)

// questionFigures are the values of the figures a question gives ("How much
// of the £264m...?": 264,000,000), to tell a fact's curated value from them
// however it is written.
func questionFigures(q string) []float64 {
	var out []float64
	for _, cl := range givenFigureClaims(q) {
		out = append(out, cl.Value)
	}
	return out
}

// givenFigure reports whether v is one of the figures the question gives.
func (q question) givenFigure(v float64) bool {
	return slices.ContainsFunc(q.figures, func(f float64) bool { return sameValue(f, v) })
}

// sameValue reports whether two figures are one, however each was written.
func sameValue(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// givenFigureClaims are the figures a question gives with their units:
// "three months", "one goal".
func givenFigureClaims(q string) []claims.Claim {
	var out []claims.Claim
	for _, cl := range claims.Extract(q) {
		if cl.Kind == claims.ClaimNumber {
			out = append(out, cl)
		}
	}
	return out
}

// givesFigureOf reports whether one of given is the fact's figure cl: the
// same value of the same thing, or of no thing said. "In how many games
// have Boro conceded just one goal?" gives "one goal"; "How many policy
// positions in three months?" gives no "three policy positions".
func givesFigureOf(given []claims.Claim, cl claims.Claim) bool {
	return slices.ContainsFunc(given, func(g claims.Claim) bool {
		return sameValue(g.Value, cl.Value) &&
			(g.Unit == "" || cl.Unit == "" || text.StemPhrase(g.Unit) == text.StemPhrase(cl.Unit))
	})
}
