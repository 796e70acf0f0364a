package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// relativePronouns open a clause that tells of the name just before them:
// "Campese, who won 101 caps, said...".
var relativePronouns = text.Set(`who whose which`)

// relativeClauseSpan is how far back from a figure the relative pronoun of
// the clause holding it may stand: "who won 101 international caps".
const relativeClauseSpan = 6

// othersFigure reports whether every figure of a fact that counts what a
// how-many question counts belongs to someone the question does not name:
// it stands in a relative clause after their name ("Campese, who won 101
// international caps, said full-back Jason Robinson..."). The question asks
// the figure of the one it names, not of another named beside them.
func othersFigure(q question, c *index.Doc, ix *index.Index) bool {
	if len(q.Entities) == 0 || len(q.countedNoun) == 0 {
		return false
	}
	asked := func(ids []string) bool { return slices.ContainsFunc(ids, q.names) }
	toks := c.Tokens()
	var mentions []index.Mention // found once a figure counts what is asked
	found := false
	for i, t := range toks {
		if !quantity(t) || !countsIn(" "+stemsFrom(toks, i+1, i+4)+" ", q.countedNoun) {
			continue
		}
		if !found {
			mentions = c.Mentions(ix.Names)
		}
		found = true
		if !ownedByOther(toks, mentions, i, asked) {
			return false
		}
	}
	return found
}

// ownedByOther reports whether the figure at i stands in a relative clause
// after the name of an entity asked does not hold, with no name between.
func ownedByOther(toks []text.Token, mentions []index.Mention, i int, asked func([]string) bool) bool {
	for k := i - 1; k >= 0 && k >= i-relativeClauseSpan; k-- {
		if slices.ContainsFunc(mentions, func(m index.Mention) bool { return m.From <= k && k < m.To }) {
			return false // a name between: the clause is theirs, if anyone's
		}
		if !relativePronouns[toks[k].Norm] {
			continue
		}
		for _, m := range mentions {
			if m.To == k {
				return !asked(m.IDs)
			}
		}
		return false
	}
	return false
}

// stemsFrom joins the stems of toks[from:to], as far as there are tokens.
func stemsFrom(toks []text.Token, from, to int) string {
	var out []byte
	for k := from; k < len(toks) && k < to; k++ {
		if k > from {
			out = append(out, ' ')
		}
		out = append(out, toks[k].Stem...)
	}
	return string(out)
}
