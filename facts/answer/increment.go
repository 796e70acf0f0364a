package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// onlyIncrements reports whether a how-many question that asks no more
// than the count ("How many films will be shown?", not "How many more...?")
// is put to a fact whose every figure of the thing counted is one added to
// others: "A further 300 films will be shown at the market" and "the option
// to buy two more A350s" count what comes on top of a number said
// elsewhere, not the whole asked.
func onlyIncrements(q question, c *index.Doc) bool {
	if q.Type != askHowMany || len(q.counted) == 0 || slices.ContainsFunc(q.Toks, func(t text.Token) bool { return addedWords[t.Norm] || t.Norm == "more" || t.Norm == "other" }) {
		return false
	}
	words := c.Tokens()
	added := false
	for _, cl := range c.Figures() {
		if !q.countsAsked(cl) {
			continue
		}
		n := tokenAt(words, cl.Start)
		end := tokenAt(words, cl.End)
		if n > 1 && words[n-2].Norm == "by" {
			return false // "cut production by another 10,000 vehicles": the size of this cut
		}
		if !(n > 0 && addedWords[words[n-1].Norm] || slices.ContainsFunc(words[n:min(end, len(words))], func(t text.Token) bool { return t.Norm == "more" && cl.Qualifier == "" })) {
			return false
		}
		added = true
	}
	return added
}

// addedWords, before a count, say it is added to others: "a further 300",
// "another 50", "an additional 1,000", "an extra 20".
var addedWords = text.Set(`further another additional extra`)
