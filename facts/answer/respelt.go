package answer

import (
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// A reporter's slip may leave an English word, or a form English's rules
// allow, that the knowledge base never uses: "minster" for "minister",
// "corespondent", "manger", "operaters". Respelling it for the whole
// question would turn real words the knowledge base lacks into ones it has
// ("lending" into "Leeds"), so correctTypos leaves it. A fact that holds the
// rest of the question and a word one typing slip from it is read as holding
// it, at a synonym's credit: the fact, not the whole knowledge base, decides
// which word was meant.

// respeltCredit is what a fact earns for a question's word it holds only
// one slip away.
const respeltCredit = mainSynonym

// minRespeltLen is the shortest word read as a slip of another in a fact:
// shorter words have too many neighbours ("spend", "speed").
const minRespeltLen = 6

// respeltIn is the fact's word one typing slip from a question's word the
// knowledge base never holds (its own stem is in no fact), or "". Both
// begin with the same letter, as slips seldom touch the first; names are
// left to the name correction.
func respeltIn(c *index.Doc, t qterm, tok text.Token, ix *index.Index) string {
	w := t.Text
	if tok.Upper || len(w) < minRespeltLen || ix.DF(t.Alts[0].Stem) > 0 || !text.IsLowerLetters(w) {
		return ""
	}
	for _, ft := range c.Tokens() {
		if ft.Upper && !ft.First || len(ft.Norm) < minRespeltLen || ft.Norm[0] != w[0] || ft.Norm == w {
			continue
		}
		if text.OSADistance(w, ft.Norm, 1) == 1 {
			return ft.Stem
		}
	}
	return ""
}
