package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// viaOpposite marks a question word's alternative that is its opposite.
const viaOpposite = "opposite"

// addOpposites lets a yes-no question's words be met by their opposites
// (WordNet's antonyms): "Southcorp rejected a takeover offer" settles "Did
// Southcorp accept the takeover?", with No, as "were counted by unofficial
// figures" settles "Are the viewing figures official?". Not a word whose
// opposite the question says too: "Is the figure better or worse?" asks
// which, and a fact that says one is no No.
func (q *question) addOpposites(ix *index.Index) {
	for i := range q.Terms {
		t := &q.Terms[i]
		if t.About || len(t.Alts) == 0 || t.At != q.verbAt && q.beforeNoun(t.At) {
			continue // "a new contract" is not asked of "30-year-old"
		}
		opposites := wordnet.Antonyms(t.Alts[0].Stem)
		if slices.ContainsFunc(opposites, func(r wordnet.Relation) bool { return q.stems[r.Stem] }) {
			continue
		}
		for _, r := range opposites {
			if ix.PhraseDF(r.Stem) > 0 && !slices.ContainsFunc(t.Alts, func(a index.Alt) bool { return a.Stem == r.Stem }) {
				t.Alts = append(t.Alts, index.Alt{Stem: r.Stem, Weight: r.Weight, Via: viaOpposite})
			}
		}
	}
}

// opposedLead is No when a fact says, in place of a word of a yes-no
// question, its opposite ("Southcorp rejected a takeover offer" for "Did
// Southcorp accept the takeover?"); "" when it says the word itself, when
// the opposite is read more than one way (see yesNoAt), or when a negation
// stands before it: "did not reject" may be a Yes, but "said his comments
// were not racist and refused to apologise" is none for "Does Livingstone
// accept his remarks were racist?".
func opposedLead(q question, c *index.Doc) string {
	toks := c.Tokens()
	out := ""
	for _, t := range q.Terms {
		if len(t.Alts) == 0 || saysAnywhere(toks, t.Alts[0].Stem) {
			continue // the word itself is said
		}
		for _, a := range t.Alts {
			if a.Via != viaOpposite {
				continue
			}
			for i := range toks {
				if !saysAt(toks, i, a.Stem) {
					continue
				}
				// Its opposite negated ("not racist and refused") turns it
				// round twice: no lead, the fact alone says it.
				if yesNoAt(q, toks, i) != "Yes" {
					return ""
				}
				out = "No"
			}
		}
	}
	return out
}

// saysAnywhere reports whether toks say a word or phrase (its stems) anywhere.
func saysAnywhere(toks []text.Token, stem string) bool {
	words := strings.Fields(stem)
	for i := range toks {
		if saysWordsAt(toks, i, words) {
			return true
		}
	}
	return false
}

// beforeNoun reports whether the word at i qualifies a noun after it ("new
// contract"): its opposite said of something else answers nothing.
func (q question) beforeNoun(i int) bool {
	return i+1 < len(q.Toks) && nounAfterWhat(q.Toks, i+1)
}
