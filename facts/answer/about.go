package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// "What is the movie Black Friday about?" asks what a work is about: its
// only words are names and "about", a word too common to look for, and
// every fact about the film holds them all. The fact that answers says
// "about" of the thing asked, right after its name: "Black Friday, a film
// about the 1993 Mumbai blasts". A question that names one thing only
// ("What is Mutants about?") asks what it is, as "What is X?" does, and is
// answered so.

// aboutMarker stands, in a fact's credit, for the "about" saysAbout found.
const aboutMarker = "\x00about"

// aboutWeight is what the word weighs. It is light (see markLight): a fact
// that gives the subject its own way ("is set in post-war London") is not
// turned away for lacking it, but the one that says "about" ranks ahead.
const aboutWeight = 1.0

// aboutReach is how many words after the thing's name "about" may come:
// "Black Friday, a film about".
const aboutReach = 5

// aboutAsked is the token index of the "about" a what-question ends with
// when it asks what a named thing is about ("What is the movie Black Friday
// about?", "What's Boogeyman about?"), -1 for none: between "what" and a
// form of "be" and the closing "about" there is a name and no verb
// ("What is Young worried about?" asks what worries him).
func (q question) aboutAsked() int {
	n := len(q.Toks)
	at := whatAt(q.Toks)
	if q.Type != askWhat || at < 0 || at+2 >= n-1 || q.Toks[n-1].Norm != "about" || !beForms[q.Toks[at+1].Norm] {
		return -1
	}
	named := false
	for i := at + 2; i < n-1; i++ {
		if q.inName(i) {
			named = true
			continue
		}
		if verbForm(q.Toks[i]) {
			return -1
		}
	}
	if !named {
		return -1
	}
	return n - 1
}

// saysAbout reports whether a fact says "about" right after a name of a
// thing the question asks what it is about (see aboutAsked), with no verb
// between: "Black Friday, a film about the blasts"; not "Black Friday's
// release was postponed after complaints about it".
func saysAbout(q question, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	for _, m := range c.Mentions(ix.Names) {
		if !slices.ContainsFunc(m.IDs, q.names) {
			continue
		}
		for k := m.To; k < len(toks) && k <= m.To+aboutReach; k++ {
			if toks[k].Norm == "about" {
				return true
			}
			if verbForm(toks[k]) && !beForms[toks[k].Norm] || text.IsPreposition(toks[k].Norm) {
				break
			}
		}
	}
	return false
}
