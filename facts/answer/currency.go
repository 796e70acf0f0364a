package answer

import (
	"strings"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// "What's the package worth in pounds?" names the currency it wants the sum
// in: a fact that gives a sum in it, by its sign or its name ("$2.5 trillion
// (£1.3 trillion)", "300bn yen"), says the word, and the answer leads with
// that sum.

// currencyWord reports whether a question's word names a currency: WordNet's
// monetary units, or a name the figures are read by ("pounds": WordNet's
// "pound" is a weight first). Read once, when the question is.
func currencyWord(word, stem string) bool {
	return wordnet.Marked(strings.ToLower(word), stem, wordnet.Currency) || claims.IsMoney(strings.ToLower(word))
}

// sumIn is the first figure a fact gives in the currency whose name's stem
// is given, nil for none: a figure's unit's first word, as a dictionary
// word.
func sumIn(c *index.Doc, stem string) *claims.Claim {
	figures := c.Figures()
	for i, cl := range figures {
		if words := strings.Fields(cl.Unit); len(words) > 0 && text.StemBase(strings.ToLower(words[0])) == stem {
			return &figures[i]
		}
	}
	return nil
}

// currencyLead is the sum a fact gives in the currency a question asks it
// in, "" when it asks none or the fact gives none in it.
func currencyLead(q question, c *index.Doc) string {
	for _, t := range q.Terms {
		if !t.Currency {
			continue
		}
		if cl := sumIn(c, t.Alts[0].Stem); cl != nil {
			return leadText(*cl, c.Figures(), []rune(c.Statement))
		}
	}
	return ""
}
