package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// A how-many question that names no thing to count after "how many" or
// "how much" ("How much will Marsh save?", "How much is the pilots' deal
// worth?") asks for the amount of its action: the figure wanted stands beside
// the question's verb in the fact that answers ("expected to save Marsh more
// than $375m", "a $1bn cost-cutting deal"). Another figure of the same story
// ("cutting up to 2,500 jobs") may hold more of the question's words, but it
// is the amount of something else.

// untiedFigure is the fit, for such a question, of a fact whose figures stand
// beside no word of the question's verb: it gives a figure, but of what is not
// asked, as a count of another thing is (see typeFit).
const untiedFigure = 0.8

// figureTieWords is how many content words may stand between the question's
// verb and the figure after it ("save Marsh more than $375m": one, Marsh), or
// between the figure and the verb after it ("$1bn cost-cutting deal").
const figureTieWords = 1

// measuredTerm is the question's word whose amount a how-many question asks
// for, when it names no counted thing: its verb. nil when it names one, asks
// an age, or has no verb to read.
func (q question) measuredTerm() *qterm {
	if q.Type != askHowMany || q.counted != nil || q.countedE != nil || q.howOld || q.verbless() {
		return nil
	}
	return q.verbTerm()
}

// figureBeside reports whether a number in the fact's statement stands beside
// a word that is t, or a form or synonym of it, with at most figureTieWords
// content words between them.
func figureBeside(c *index.Doc, t qterm) bool {
	toks := c.Tokens()
	holds := func(k int) bool { return t.heldBy(toks[k]) }
	for i, tok := range toks {
		if !quantity(tok) {
			continue
		}
		if tiedWithin(toks, i, -1, holds) || tiedWithin(toks, i, 1, holds) {
			return true
		}
	}
	return false
}

// tiedWithin walks from the figure at i in direction dir (-1 before it, 1
// after) and reports whether holds is true of a word before more than
// figureTieWords content words have been passed.
func tiedWithin(toks []text.Token, i, dir int, holds func(int) bool) bool {
	content := 0
	for k := i + dir; k >= 0 && k < len(toks); k += dir {
		if holds(k) {
			return true
		}
		if quantity(toks[k]) || text.IsStopword(toks[k].Norm) {
			continue
		}
		if content++; content > figureTieWords {
			return false
		}
	}
	return false
}

// measuredAt is where, in runes of the fact's statement, the first word (or
// two-word phrase) that holds the question's measured term ends; -1 when the
// question measures nothing or the fact does not hold it.
func measuredAt(q question, c *index.Doc) int {
	mt := q.measuredTerm()
	if mt == nil {
		return -1
	}
	toks := c.Tokens()
	for i, t := range toks {
		if mt.heldBy(t) {
			return t.End
		}
		if i+1 < len(toks) && termCreditIn(" "+t.Stem+" "+toks[i+1].Stem+" ", *mt) > 0 {
			return toks[i+1].End
		}
	}
	return -1
}

// heldBy reports whether a word of a statement is the term or one of its
// one-word alternatives: termCreditIn of that word alone, without building
// its padded text, for code that reads a fact word by word.
func (t qterm) heldBy(tok text.Token) bool {
	for _, a := range t.Alts {
		if a.Stem == tok.Stem {
			return true
		}
	}
	return false // a compound's parts (Parts) are never one word
}

// firstIn is the index of the first of toks that holds the term, itself or a
// related word, with a credit of at least least (any credit when least is 0),
// or -1: where a fact says the question's verb.
func (t qterm) firstIn(toks []text.Token, least float64) int {
	return slices.IndexFunc(toks, func(tok text.Token) bool {
		cr := termCreditIn(" "+tok.Stem+" ", t)
		return cr > 0 && cr >= least
	})
}
