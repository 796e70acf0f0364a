package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
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
	toks := c.Tokens()
	return allOwnedByOther(q, c, ix, func(i int) bool {
		return quantity(toks[i]) && countsIn(" "+stemsFrom(toks, i+1, i+4)+" ", q.countedNoun)
	})
}

// allOwnedByOther reports whether a fact holds some word that is picks out,
// and every such word stands in a relative clause after someone the question
// does not ask about (see ownedByOther).
func allOwnedByOther(q question, c *index.Doc, ix *index.Index, is func(i int) bool) bool {
	asked := func(ids []string) bool { return slices.ContainsFunc(ids, q.names) }
	toks := c.Tokens()
	var mentions []index.Mention // found once the fact holds such a word
	stmt := []rune(c.Statement)
	found := false
	for i := range toks {
		if !is(i) {
			continue
		}
		if !found {
			mentions = c.Mentions(ix.Names)
		}
		found = true
		if !ownedByOther(stmt, toks, mentions, i, asked) {
			return false
		}
	}
	return found
}

// ownedByOther reports whether the word at i (a figure, a verb) stands in a
// relative clause set off by a comma after the name of an entity the question
// does not ask about, with no name between.
func ownedByOther(stmt []rune, toks []text.Token, mentions []index.Mention, i int, asked func([]string) bool) bool {
	for k := i - 1; k >= 0 && k >= i-relativeClauseSpan; k-- {
		if slices.ContainsFunc(mentions, func(m index.Mention) bool { return m.From <= k && k < m.To }) {
			return false // a name between: the clause is theirs, if anyone's
		}
		if !relativePronouns[toks[k].Norm] {
			continue
		}
		for _, m := range mentions {
			if m.To == k {
				// Without the comma the clause may tell of a noun
				// before: "a show in Wales which explores new music".
				return !asked(m.IDs) && commaBetween(stmt, toks[k-1], toks[k])
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

// otherActorFit is the fit of a fact that says the question's action only of
// another (see verbOfOther): not ruled out, for the clause may still say it
// of the one asked, but no sure answer.
const otherActorFit = 0.5

// verbOfOther reports whether a fact says the question's action only in a
// relative clause after someone the question does not ask about: "Stevens
// takes over from Phil Vickery, who broke his arm playing for Gloucester"
// says whom Vickery plays for, not Stevens, asked "Which club does Matt
// Stevens play for?".
func verbOfOther(q question, c *index.Doc, ix *index.Index) bool {
	if len(q.Entities) == 0 || !q.actionAt() || q.Type == askWho || q.Type == askWhoSaid {
		return false // "Who runs ParaRallying?" asks the other
	}
	if f := q.focus(); f != nil && wordnet.IsPeople(f.Alts[0].Stem) {
		return false // "Which songwriter who has worked with Robbie Williams...?" asks a person too
	}
	verb := q.termAt(q.verbAt)
	if verb == nil || verb.Light {
		return false
	}
	toks := c.Tokens()
	return allOwnedByOther(q, c, ix, func(i int) bool { return verb.heldBy(toks[i]) })
}
