package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/index"
)

// modifierCredit is what a fact earns for a noun of the question that only
// tells its next noun apart ("charity" of "the charity recording") when it
// says the next one after "the" and its story says the first elsewhere
// (see modifiesHeld): the fact speaks of the very thing, but does not say
// what it was, as a broader word would not.
const modifierCredit = 0.6

// modifiesHeld reports whether the question's word t is a noun between a
// determiner and another of its nouns ("the charity recording"), the fact
// says that other right after "the" ("The recording was organised by..."),
// and another fact of its story among the candidates holds t itself: the
// story has told which recording it is, and "the recording" refers back to
// it. A fact of another story saying "the package" is of its own package,
// not the severance package asked about.
func (w *wordCredit) modifiesHeld(t qterm, c *index.Doc) bool {
	q, i := w.q, t.At
	if i < 1 || i+1 >= len(q.Toks) || !determiners[q.Toks[i-1].Norm] || verbForm(q.Toks[i]) {
		return false
	}
	k := slices.IndexFunc(q.Terms, func(o qterm) bool { return o.At == i+1 })
	if k < 0 {
		return false
	}
	head, toks := q.Terms[k].Alts[0].Stem, c.Tokens()
	definite := false
	for j := 1; j < len(toks) && !definite; j++ {
		definite = toks[j].Stem == head && toks[j-1].Norm == "the"
	}
	return definite && w.storiesHolding(t)[c.Story]
}

// storiesHolding are the stories of which some candidate fact holds the
// question's word t itself, read once for each word.
func (w *wordCredit) storiesHolding(t qterm) map[string]bool {
	if m, ok := w.holding[t.At]; ok {
		return m
	}
	m := map[string]bool{}
	for _, c := range w.cands {
		if termCreditIn(c.Terms, t) == 1 {
			m[c.Story] = true
		}
	}
	if w.holding == nil {
		w.holding = map[int]map[string]bool{}
	}
	w.holding[t.At] = m
	return m
}
