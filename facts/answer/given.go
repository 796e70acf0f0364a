package answer

import (
	"math"
	"slices"

	"github.com/factdesk/factdesk/facts/claims"
)

// questionFigures are the values of the figures a question gives ("How much
// of the £264m...?": 264,000,000), to tell a fact's curated value from them
// however it is written.
func questionFigures(q string) []float64 {
	var out []float64
	for _, cl := range claims.Extract(q) {
		if cl.Kind == claims.ClaimNumber {
			out = append(out, cl.Value)
		}
	}
	return out
}

// givenFigure reports whether v is one of the figures the question gives.
func (q question) givenFigure(v float64) bool {
	return slices.ContainsFunc(q.figures, func(f float64) bool { return math.Abs(f-v) <= 1e-9*math.Max(1, math.Abs(v)) })
}
