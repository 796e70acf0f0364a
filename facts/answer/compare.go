package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// compareStems are the stems of "compare" and its noun: "How does X compare
// with Y?" asks how the two stand against each other, which a fact says in
// the words English compares with, not in the verb.
var compareStems = []string{text.Stem("compare"), text.Stem("comparison")}

// comparesWord reports whether a question's word (its stem, or a phrase's:
// WordNet's "compare with") is "compare" or "comparison".
func comparesWord(stem string) bool {
	first, _, _ := strings.Cut(stem, " ")
	return slices.Contains(compareStems, first)
}

// comparingWords are the words English compares two things with: "brighter
// colours ... than", "twice what analysts had expected", "30 times the aid",
// "half of what they were", "lags behind", "equivalent to". A closed class,
// as the connectives of a cause are; WordNet holds no such words.
var comparingWords = text.Set(`than twice half times behind ahead equivalent versus compared`)

// statesComparison reports whether a fact's words compare: one of
// comparingWords, "times" after a figure ("30 times the aid"; not "hard
// times") and "half" before what it halves ("half of what they were"; not
// "the second half").
func statesComparison(c *index.Doc) bool {
	toks := c.Tokens()
	for i, t := range toks {
		switch {
		case !comparingWords[t.Norm]:
		case t.Norm == "times":
			if i > 0 && quantity(toks[i-1]) {
				return true
			}
		case t.Norm == "half":
			if i+1 < len(toks) && halvedWords[toks[i+1].Norm] {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// halvedWords follow a "half" that halves something: "half of what", "half
// the aid", "half as much".
var halvedWords = text.Set(`of the what as`)

// comparedCredit is what a fact that compares earns for the "compare" of
// "How does X compare with Y?": as much as a synonym, for the words it
// compares with say what the verb asks.
const comparedCredit = 0.85
