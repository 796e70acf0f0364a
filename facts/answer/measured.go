package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
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

// heldWellBy reports whether a fact's word holds the term as well as the
// term itself, a form of it or a synonym in its main sense would
// (verbHeld): where a fact says the question's verb.
func (t qterm) heldWellBy(tok text.Token) bool { return termCreditIn(" "+tok.Stem+" ", t) >= verbHeld }

// firstIn is the index of the first of toks that holds the term, itself or a
// related word, with a credit of at least least (any credit when least is 0),
// or -1: where a fact says the question's verb.
func (t qterm) firstIn(toks []text.Token, least float64) int {
	return slices.IndexFunc(toks, func(tok text.Token) bool {
		cr := termCreditIn(" "+tok.Stem+" ", t)
		return cr > 0 && cr >= least
	})
}

// sumOfAsked reports whether a sum of money the fact gives is said of a
// name the question asks about or another of its words, the money word t
// aside, with nothing between but small words, t's own word and the
// preposition it takes, or the sum's bounds: "the £456m computer system" is
// what "How much did the EDS computer system cost?" asks (a compound is held
// by its two words together), "Britain's £3bn EU rebate" what the rebate is
// worth, and "is priced at just under £80,000" what the car costs. A sum
// past another word is another thing's: "Hostage took $9.8m" is no cost of
// making the film.
func sumOfAsked(q question, c *index.Doc, t qterm, ix *index.Index) bool {
	toks := c.Tokens()
	named := askedNameTokens(q, c, ix)
	holds := func(k int) bool {
		return named[k] || slices.ContainsFunc(q.Terms, func(o qterm) bool {
			return o.At != t.At && !o.Money && !o.Light && (o.heldBy(toks[k]) || k > 0 && o.heldAsPair(toks[k-1], toks[k]) || k+1 < len(toks) && o.heldAsPair(toks[k], toks[k+1]))
		})
	}
	said := func(from, dir int) bool {
		for k := from + dir; k >= 0 && k < len(toks); k += dir {
			switch {
			case holds(k):
				return true
			case text.IsPreposition(toks[k].Norm) && !pricedFor[toks[k].Norm] && !(dir < 0 && k > 0 && termCreditIn(" "+toks[k-1].Stem+" ", t) > 0),
				!(text.IsStopword(toks[k].Norm) || quantity(toks[k]) || termCreditIn(" "+toks[k].Stem+" ", t) > 0):
				return false
			}
		}
		return false
	}
	for _, cl := range c.Figures() {
		first, last := tokenAt(toks, cl.Span.Start), tokenAt(toks, cl.Span.End)-1
		if !claims.IsMoney(cl.Unit) || first >= len(toks) || named[first] || last < first {
			continue // "Million Dollar Baby" is a name, not a sum
		}
		if said(first, -1) || said(last, 1) {
			return true
		}
	}
	return false
}

// heldAsPair reports whether two words of a statement, together, are one of
// the term's two-word alternatives: a compound ("computer system") is held
// by its words side by side.
func (t qterm) heldAsPair(a, b text.Token) bool {
	return slices.ContainsFunc(t.Alts, func(alt index.Alt) bool { return alt.Stem == a.Stem+" "+b.Stem })
}

// pricedFor is the preposition that ties a sum to what it buys: "on sale
// for $250", "paid $26,500 for an island". Another ("spend £300m on the
// plan", "a fall of £2m in profit") ties it to what is done with it.
var pricedFor = text.Set(`for`)

// sumsBeforeAskedName reports whether every sum of money a fact gives comes
// before the first word of a name the question asks the price of, with a
// comma between, tied to no word of the question: "The adapter is expected
// to cost about 5000 yen (£25), roughly the price gap between the DS and the
// more expensive Sony PSP" gives the adapter's price, and names the DS only
// in a clause after it. "Just £8,170 of UKIP's money" is UKIP's.
func sumsBeforeAskedName(q question, c *index.Doc, ix *index.Index) bool {
	if !q.asksSum {
		return false
	}
	toks := c.Tokens()
	at := slices.Index(askedNameTokens(q, c, ix), true)
	if at < 0 {
		return false
	}
	last := -1 // the last word of the last sum
	for _, cl := range c.Figures() {
		if !claims.IsMoney(cl.Unit) {
			continue
		}
		if tokenAt(toks, cl.Span.Start) > at {
			return false
		}
		last = max(last, tokenAt(toks, cl.Span.End)-1)
	}
	if last < 0 || last >= at || !commaBetween([]rune(c.Statement), toks[last], toks[at]) {
		return false
	}
	return !slices.ContainsFunc(q.Terms, func(t qterm) bool { return t.sumWord() && sumOfAsked(q, c, t, ix) })
}

// sumWord reports whether a question's word is one of money ("cost",
// "pay"), or one whose main sense is a sum ("fee"): the word a sum of the
// fact is said of (see sumOfAsked).
func (t qterm) sumWord() bool {
	return t.Money || wordnet.Marked(t.Text, t.Alts[0].Stem, wordnet.Monetary)
}
