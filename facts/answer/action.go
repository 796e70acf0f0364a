package answer

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// figureVerbSpan is how far back from a figure the verb it goes with may
// stand: "rose 37%", "is cutting up to 2,500 jobs".
const figureVerbSpan = 3

// figuresOfOtherAction reports whether a fact names the action a how-many
// question asks the figure of only as a thing, after a determiner, while
// every figure it gives goes with a verb: "Spending on research and
// development rose 37% to 705m rupees, a main reason for the drop in
// profits along with lower sales" says how far spending rose, not how far
// sales dropped. A figure with no verb just before it may be any action's,
// and leaves the fact in the running.
func figuresOfOtherAction(q question, c *index.Doc) bool {
	vt := q.verbTerm()
	if vt == nil || q.verbless() || termCredit(c, *vt) < verbHeld {
		return false
	}
	toks := c.Tokens()
	holds := vt.heldWellBy
	// The fact names the action only as a thing ("the drop in profits"):
	// where it says it as a verb, the figure may well be that verb's.
	held := false
	for i, t := range toks {
		if !holds(t) {
			continue
		}
		// "that take 3.2 megapixel images": "that" before a verb opens a
		// clause, as the relative pronoun, and makes no noun of it, and
		// the figure may be the clause's. A clause after "who" or "which"
		// tells of the noun before it ("Investors who lost money ... are
		// to receive £194m"), and the figures are still asked whose verb
		// they follow.
		if i == 0 || toks[i-1].Norm == "that" || !determiners[toks[i-1].Norm] && !relativePronouns[toks[i-1].Norm] {
			return false
		}
		held = true
	}
	if !held {
		return false
	}
	return everyFigureWithVerb(c, func(_, v int) bool { return v >= 0 && !holds(toks[v]) })
}

// everyFigureWithVerb reports whether a fact gives figures other than years
// and ok holds of each, given where the figure stands and where its verb
// does (see figureVerb; -1 for none).
func everyFigureWithVerb(c *index.Doc, ok func(at, verb int) bool) bool {
	toks := c.Tokens()
	rs := []rune(c.Statement)
	found := false
	for i, t := range toks {
		if !quantity(t) || unicode.IsDigit(rune(t.Norm[0])) && isYear(t, rs) {
			continue
		}
		if !ok(i, figureVerb(toks, i)) {
			return false
		}
		found = true
	}
	return found
}

// figureVerb is the verb just before the figure at i ("rose 37%"), past
// other figures and small words ("fell more than 25%"); -1 when there is none.
func figureVerb(toks []text.Token, i int) int {
	for k := i - 1; k >= 0 && k >= i-figureVerbSpan; k-- {
		if verbForm(toks[k]) {
			return k
		}
	}
	return -1
}

// changeOfOtherThing reports whether a question asks how much a thing
// changed ("How much did Japanese exports fall in October?") and every
// figure a fact gives is the change of another thing, named before the
// figure's verb, while the thing asked stands only in a later clause:
// "Industrial production dropped 1.6% in October, reflecting a fall in
// exports" says how far production fell. A fact that does not name the
// thing asked at all ("Sales rose 8%" for turnover) is left to the other
// checks: its words may be the question's by another name.
func changeOfOtherThing(q question, c *index.Doc) bool {
	thing := q.changedThing()
	if thing == nil {
		return false
	}
	holds := func(t text.Token) bool {
		return slices.ContainsFunc(thing, func(term qterm) bool { return term.heldWellBy(t) })
	}
	toks := c.Tokens()
	rs := []rune(c.Statement)
	return everyFigureWithVerb(c, func(i, v int) bool {
		if v <= 0 || slices.ContainsFunc(toks[:v], holds) {
			return false // no one thing changes, or the thing asked does
		}
		later := slices.IndexFunc(toks[i+1:], func(t text.Token) bool {
			return strings.ContainsRune(string(rs[toks[i].End:t.Start]), ',') && holds(t)
		})
		return later >= 0 && !slices.ContainsFunc(toks[i+1:i+1+later], holds)
	})
}

// changedThing is the words a question about a change gives for what
// changed, between its auxiliary and its verb ("exports" of "How much did
// Japanese exports fall?"), names left out; nil for none.
func (q question) changedThing() []qterm {
	if !q.change || q.verbAt <= 0 {
		return nil
	}
	aux := -1
	for k := q.verbAt - 1; k >= 0 && aux < 0; k-- {
		if auxiliaries[q.Toks[k].Norm] {
			aux = k
		}
	}
	var thing []qterm
	for _, t := range q.Terms {
		if aux >= 0 && t.At > aux && t.At < q.verbAt && !q.inName(t.At) {
			thing = append(thing, t)
		}
	}
	return thing
}
