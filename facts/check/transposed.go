package check

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/factdesk/factdesk/facts/claims"
)

// transposedWeight is what a fact earns towards being the one a figure is
// about when it gives the figure with two neighbouring digits the other way
// round ("$101.2m" for its $110.2m, 58 years for its 85): the commonest slip
// of a hand copying a figure, and as telling as another of the fact's figures
// elsewhere in the sentence (see echoesFigure).
const transposedWeight = 2.0

// transposed lists the figures a draft's figure would be had two neighbouring
// digits of it been swapped: 110.2 and 102.1 for 101.2. Only figures of two
// significant digits or more have any, and a swap never puts a zero first.
func transposed(v float64) []float64 {
	if v <= 0 || significantDigits(v) < 2 {
		return nil
	}
	mant, exp, _ := strings.Cut(strconv.FormatFloat(v, 'e', -1, 64), "e") // "1.012", "+08"
	digits := []byte(strings.ReplaceAll(mant, ".", ""))
	var out []float64
	for i := 0; i+1 < len(digits); i++ {
		if digits[i] == digits[i+1] || i == 0 && digits[1] == '0' {
			continue
		}
		sw := []byte(string(digits))
		sw[i], sw[i+1] = sw[i+1], sw[i]
		if t, err := strconv.ParseFloat(string(sw[:1])+"."+string(sw[1:])+"e"+exp, 64); err == nil {
			out = append(out, t)
		}
	}
	return out
}

// transposing finds the facts giving one of the figures swaps lists (see
// transposed).
func (ck *checker) transposing(swaps []float64) hits {
	h := hits{}
	for _, t := range swaps {
		h.add(ck.index().figures[t])
	}
	return h
}

// isSwap reports whether a figure is one of swaps, the claim's figure with
// two neighbouring digits swapped: compared as written, however either is
// bounded ("about $2.59bn" for about $2.95bn, "more than $67m" for more
// than $76m).
func isSwap(v float64, swaps []float64) bool {
	return slices.ContainsFunc(swaps, func(t float64) bool { return sameValue(t, v) })
}

// checkBareTransposed holds a figure that counts nothing the draft names
// ("the index closed at 1,101.15", "averaged 17.3 million") to the one fact
// that gives it with two neighbouring digits swapped, where the clause names
// that fact's people or things and the figure has three significant digits
// or more. With nothing counted to match it by, nothing less ties a bare
// figure to a fact; a fact that gives the figure itself clears it.
func (ck *checker) checkBareTransposed(c claims.Claim) {
	if significantDigits(c.Value) < 3 || len(ck.index().figures[c.Value]) > 0 {
		return
	}
	swaps := transposed(c.Value)
	h := ck.transposing(swaps)
	if len(h) == 0 {
		return
	}
	ctx := ck.contextOf(c)
	cands := ck.candidates(h)
	ck.spend(len(cands))
	var top *checkFact
	var given claims.Claim
	for _, cf := range cands {
		r := ck.relevance(ctx, cf)
		if !r.named || r.score+transposedWeight < minNumberRelevance || !ck.sameSource(ctx, cf, r) {
			continue
		}
		for _, st := range cf.counts().stated {
			if isSwap(st.Value, swaps) {
				if top != nil && top != cf {
					return // two facts it could be a slip for: no telling which
				}
				top, given = cf, st
			}
		}
	}
	if top == nil {
		return
	}
	ck.checked++
	msg := fmt.Sprintf("The knowledge base gives %s, not %s: %s", given.Text, c.Text, top.Statement)
	ck.add(top.finding("number", c.Span, given.Text, msg))
}
