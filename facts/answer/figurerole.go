package answer

import (
	"slices"
	"sort"
	"strings"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// A figure a fact gives may be something other than the amount a how-many
// question asks, though it stands beside the question's words: what the
// amount was before it changed, or a gap between two.

// onlyFiguresBefore reports whether every figure a fact gives is what an
// amount was before it changed, after a word of change and "from" ("The
// quarterly profit was up from $179.1m in the same period a year earlier",
// "fell from"), and the question does not ask what it was before: "How
// much profit did Nike make in the quarter?" wants the new figure, which
// such a fact does not give.
func onlyFiguresBefore(q question, c *index.Doc) bool {
	if slices.ContainsFunc(q.Toks, func(t text.Token) bool { return earlierWords[t.Norm] }) {
		return false
	}
	// A sum or a share changes; "dropped from four US radio stations"
	// counts what he was dropped from.
	return everyFigureOfChange(c, "from", true)
}

// everyFigureOfChange reports whether every figure a fact gives follows a
// word of change and the preposition given ("up from", "climbed to"); with
// sumsOnly, a verb of change counts only before a sum or a share.
func everyFigureOfChange(c *index.Doc, preposition string, sumsOnly bool) bool {
	toks := c.Tokens()
	return everyFigure(c, func(cl claims.Claim) bool {
		n := tokenAt(toks, cl.Span.Start) // the words before the figure: toks[:n]
		if n < 2 || toks[n-1].Norm != preposition {
			return false
		}
		change := toks[n-2]
		return change.Norm == "up" || change.Norm == "down" || wordnet.IsChange(change.Stem) && (!sumsOnly || sumOrShare(cl))
	})
}

// onlyFiguresAfter reports whether every figure a fact gives is what an
// amount came to after it changed, after a word of change and "to" ("SMFG
// shares climbed to 717,000"), and the question asks how much it changed by
// ("By how much did SMFG shares rise?"), not what it came to ("What did the
// shares climb to?"): the change is not the level it reached.
func onlyFiguresAfter(q question, c *index.Doc) bool {
	if !q.howMuch || !q.change || slices.ContainsFunc(q.Toks, func(t text.Token) bool { return t.Norm == "to" }) {
		return false
	}
	return everyFigureOfChange(c, "to", false)
}

// onlyRunningTotals reports whether every figure a fact gives is the total
// a stretch of time brought an amount to ("The weekend took National
// Treasure's total to $110.2m"; a conversion after it in brackets is the
// same figure), and the question asks what a stretch of time added ("How
// much did National Treasure make over the weekend?"), not the total.
func onlyRunningTotals(q question, c *index.Doc) bool {
	stretch := slices.ContainsFunc(q.Toks, func(t text.Token) bool {
		return monthWords[t.Norm] || wordnet.Marked(t.Norm, t.Stem, wordnet.TimePeriod)
	})
	if !stretch || slices.ContainsFunc(q.Toks, func(t text.Token) bool { return totalWords[t.Norm] }) {
		return false
	}
	toks := c.Tokens()
	figures, rs := c.Figures(), []rune(c.Statement)
	total := func(cl claims.Claim) bool {
		n := tokenAt(toks, cl.Span.Start)
		return n >= 2 && toks[n-1].Norm == "to" && slices.ContainsFunc(toks[max(0, n-totalReach):n-1], func(t text.Token) bool { return t.Norm == "total" })
	}
	// "$110.2m (£56.7m)" is the total again; "the best showing in five
	// years" is no amount of what the stretch added.
	return slices.ContainsFunc(figures, total) && everyFigure(c, func(cl claims.Claim) bool {
		return total(cl) || conversion(cl, figures, rs) || isDuration(cl)
	})
}

// totalReach is how many words before a figure "total" may stand and be
// what the figure brings it to: "took the total of jobs created in 2004 to".
const totalReach = 9

// totalWords ask for a total: "How much has it made in total?"
var totalWords = text.Set(`total overall altogether cumulative`)

// totalForShare reports whether a how-much question asks what each one of
// many gets or gives ("How much will each investor receive?", "per
// household") and the fact gives its figure with no word that shares it out
// ("Investors are to receive £194m compensation"): a total is not each one's
// share. A share by time ("each year", "per minute") is a rate, which facts
// give many ways ("annual", "a year"), and is not asked here.
func totalForShare(q question, c *index.Doc) bool {
	if !q.howMuch {
		return false
	}
	asked := ""
	for i, t := range q.Toks[:max(len(q.Toks)-1, 0)] {
		next := q.Toks[i+1]
		if (t.Norm == "each" || t.Norm == "per") && !wordnet.Marked(next.Norm, next.Stem, wordnet.TimePeriod) && !determiners[next.Norm] {
			asked = next.Stem
		}
	}
	if asked == "" {
		return false
	}
	toks := c.Tokens()
	for i, t := range toks {
		if shareWords[t.Norm] || t.Stem == asked && i > 0 && (toks[i-1].Norm == "a" || toks[i-1].Norm == "an") {
			return false
		}
	}
	return len(c.Figures()) > 0
}

// shareWords share an amount out among many: "£5,000 each", "per head".
var shareWords = text.Set(`each per apiece every average head`)

// earlierWords ask what an amount was at an earlier time ("a year
// earlier", "the previous quarter").
var earlierWords = text.Set(`earlier previous before ago prior former last originally`)

// onlyMargins reports whether every figure a fact gives is a gap between
// two, said by where one stands against the other after it ("Chelsea are
// five points clear of Arsenal, nine points ahead of United"), and the
// question asks no gap: "How many points have Manchester United got?" is not
// answered by how far ahead of them Chelsea are.
func onlyMargins(q question, c *index.Doc) bool {
	if slices.ContainsFunc(q.Toks, func(t text.Token) bool {
		return marginWords[t.Norm] || t.Norm == "than" || gapNouns[t.Norm]
	}) {
		return false
	}
	toks := c.Tokens()
	return everyFigure(c, func(cl claims.Claim) bool {
		if marginBefore(toks, tokenAt(toks, cl.Span.Start)) {
			return true
		}
		from := tokenAt(toks, cl.Span.End)
		for k := from; k < len(toks) && k < from+3; k++ {
			if !marginWords[toks[k].Norm] {
				continue
			}
			if !(k+1 < len(toks) && (toks[k+1].Norm == "of" || toks[k].Norm == "behind")) {
				return false
			}
			// "2.20m, 3cm short of the standard": the gap is the next
			// figure's, past the comma.
			rs := []rune(c.Statement)
			return !slices.ContainsFunc(rs[min(cl.Span.End, toks[k].Start):toks[k].Start], func(r rune) bool { return r == ',' || r == ';' || r == '(' })
		}
		return false
	})
}

// marginWords say where one stands against another, a figure before them
// being the gap: "clear of", "ahead of", "behind".
var marginWords = text.Set(`clear ahead behind adrift short`)

// marginBefore reports whether the figure at toks[n] is what a gap between
// two comes to, said by a noun for the gap a few words before it and "to",
// "of" or "by" right before the figure: "reduced Chelsea's lead over
// Manchester United to nine points", "a margin of 12 votes". The noun is
// one, not the verb ("lead the side to three titles"): after a
// determiner, a possessive or a name, or before "over".
func marginBefore(toks []text.Token, n int) bool {
	if n < 2 || !marginTo[toks[n-1].Norm] {
		return false
	}
	for k := n - 2; k >= 0 && k >= n-6; k-- {
		if gapNouns[toks[k].Norm] {
			return k+1 < len(toks) && toks[k+1].Norm == "over" || k > 0 && (determiners[toks[k-1].Norm] || toks[k-1].Possessive || toks[k-1].Upper && !toks[k-1].First)
		}
	}
	return false
}

// marginTo joins a gap to what it comes to: "lead to nine points", "a
// margin of 12", "won by two goals".
var marginTo = text.Set(`to of by`)

// gapNouns name the distance between two in a contest.
var gapNouns = text.Set(`lead gap margin`)

// tokenAt is the index of the first of a statement's words that starts at
// or after a rune offset: the words before it end before the offset.
func tokenAt(toks []text.Token, offset int) int {
	return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= offset })
}

// onlyMultiples reports whether every figure a fact gives says how many
// times one amount is another ("Four times more camera phones will be sold",
// "three times the size") or, given only by the curator's value in times,
// by a verb that multiplies ("profits tripled"), and the question asks neither a
// multiple nor a change: "How many camera phones were sold?" and "How much
// did Sony Ericsson make in profit?" want the amount, which such a fact
// does not give.
func onlyMultiples(q question, c *index.Doc) bool {
	if q.change || q.asksRatio() || slices.ContainsFunc(q.Toks, func(t text.Token) bool { return t.Norm == "times" || comparing(t) }) {
		return false
	}
	toks := c.Tokens()
	if len(c.Figures()) == 0 {
		return c.Value != nil && c.Unit == "times" && slices.ContainsFunc(toks, multiplies)
	}
	return everyFigure(c, func(cl claims.Claim) bool {
		next := tokenAt(toks, cl.Span.End)
		return cl.Unit == "times" && next < len(toks) && (comparing(toks[next]) || toks[next].Norm == "the")
	})
}

// comparing reports whether a word compares one amount with another: "more",
// "less", "fewer", "as" (as many), or an adjective's comparative ("cheaper",
// "higher", "bigger").
func comparing(t text.Token) bool {
	if _, superlative, ok := text.Compared(t.Stem); ok && !superlative {
		return true
	}
	return t.Norm == "more" || t.Norm == "less" || t.Norm == "fewer" || t.Norm == "as" || regularComparative(t.Norm)
}

// regularComparative reports whether a word is an adjective WordNet knows
// with "-er" added as the comparative is formed: "higher", "larger",
// "bigger", "earlier". WordNet lists only the irregular forms.
func regularComparative(w string) bool {
	base, ok := strings.CutSuffix(w, "er")
	if !ok || len(base) < 2 {
		return false
	}
	adjective := func(b string) bool { return wordnet.PartsOfSpeech(text.Stem(b))&wordnet.Adjective != 0 }
	n := len(base)
	return adjective(base) || adjective(base+"e") || base[n-1] == base[n-2] && adjective(base[:n-1]) || base[n-1] == 'i' && adjective(base[:n-1]+"y")
}

// multiplies reports whether a word is a verb WordNet files under
// multiplying: "tripled", "doubled", "quadrupled".
func multiplies(t text.Token) bool {
	return slices.ContainsFunc(wordnet.Related(t.Stem), func(r wordnet.Relation) bool {
		return r.Kind == wordnet.Broader && r.Stem == multiplyStem
	})
}

// multiplyStem is the verb WordNet files "triple", "double" and
// "quadruple" under.
var multiplyStem = text.Stem("multiply")

// figuresForAnother reports whether a how-many question asks a count for a
// name ("How many goals has Owen scored for England?") and every figure a
// fact gives is said for another name, right after it: "Owen has scored 11
// goals for Real".
func figuresForAnother(q question, c *index.Doc) bool {
	asked := slices.IndexFunc(q.Toks, func(t text.Token) bool { return t.Norm == "for" })
	if asked < 0 || asked+1 >= len(q.Toks) || !q.Toks[asked+1].Upper {
		return false
	}
	toks := c.Tokens()
	return everyFigure(c, func(cl claims.Claim) bool {
		after := tokenAt(toks, cl.Span.End)
		for k := after; k+1 < len(toks) && k <= after+1; k++ {
			if toks[k].Norm == "for" {
				return toks[k+1].Upper && !q.norms[toks[k+1].Norm]
			}
		}
		return false
	})
}
