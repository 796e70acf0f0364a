package answer

import (
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// The noun after "what" or "which" ("Which internet provider has a deal
// with RSA?") names the kind of answer wanted, and the fact that answers
// gives something of that kind ("RSA has a deal with AOL") without saying
// the noun: the knowledge base knows what the thing is.

// focusCredit is what a fact earns for the question's focus noun when it
// names something of that kind rather than the noun itself: as much as a
// synonym in its main sense, no more, for the fact does not say it.
const focusCredit = mainSynonym

// focusAt is the token index of the focus noun of a what- or
// which-question (see question.focus), -1 when it has none.
func (q question) focusAt() int {
	if q.Type != askWhat && q.Type != askWhich {
		return -1
	}
	if ft := q.focus(); ft != nil {
		return ft.At
	}
	return -1
}

// focusSpan is the tokens [from, to) of the focus noun phrase of a what- or
// which-question: the focus noun and the nouns after it ("Which internet
// provider...?"), up to a word that is no term of the question or can only
// be a verb. Each of its words is met by an entity whose title says it (see
// namesFocusKind). Empty when the question has no focus.
func (q question) focusSpan() (from, to int) {
	at := q.focusAt()
	if at < 0 {
		return 0, 0
	}
	to = at + 1
	for to < len(q.Toks) && q.termAt(to) != nil && wordnet.PartsOfSpeech(q.Toks[to].Stem)&wordnet.Noun != 0 && !verbForm(q.Toks[to]) {
		to++
	}
	return at, to
}

// namesFocusKind reports whether a fact names an entity the question does
// not whose recorded title says the focus noun t, itself or in a main-sense
// synonym: "RSA has a deal with AOL" names an internet provider when the
// curator titled AOL so. titleTerms gives an entity's title as padded stems.
func namesFocusKind(q question, t qterm, c *index.Doc, ix *index.Index, titleTerms func(id string) string) bool {
	for _, m := range c.Mentions(ix.Names) {
		for _, id := range m.IDs {
			if !q.names(id) && termCreditIn(titleTerms(id), t) >= verbHeld {
				return true
			}
		}
	}
	return false
}

// focus is the term a what- or which-question asks for: the word after
// "what" or "which" ("What changes...?"), if it is a term.
func (q question) focus() *qterm {
	at := whatAt(q.Toks)
	if at < 0 {
		return nil
	}
	return q.termAt(at + 1)
}

// focusAsAction reports whether the thing a what-question asks for ("What
// changes has Marsh made?") is in the fact only as an action ("agreed to change
// its practices"): the fact says something happens, not what it is.
func focusAsAction(q question, c *index.Doc) bool {
	ft := q.focus()
	if ft == nil {
		return false
	}
	toks := c.Tokens()
	found := false
	for i, t := range toks {
		if termCreditIn(" "+t.Stem+" ", *ft) < 0.8 {
			continue
		}
		if i == 0 || toks[i-1].Norm != "to" {
			return false
		}
		found = true
	}
	return found
}

// namesOfKindWord reports whether a fact names an entity the question does
// not whose recorded kind is the focus noun itself: "Which countries are big
// oil exporters?" is answered by "Mexico and Venezuela are important oil
// exporters" when the curator recorded both as countries.
func namesOfKindWord(q question, t qterm, c *index.Doc, ix *index.Index) bool {
	for _, m := range c.Mentions(ix.Names) {
		for _, id := range m.IDs {
			if kind := ix.Names.Kind(id); !q.names(id) && kind != "other" && text.Stem(kind) == t.Alts[0].Stem {
				return true
			}
		}
	}
	return false
}
