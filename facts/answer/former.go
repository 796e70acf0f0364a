package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// formerTitleOnly reports whether a fact holds a word (stem) only in the
// recorded title of who acts or speaks in it, and that title is a former
// one ("former England captain"): it says what they once were, which
// answers "Who captained England?" but not "Who will captain England?" nor
// "Who leads the Tories?".
func formerTitleOnly(c *index.Doc, stem string, ix *index.Index) bool {
	if !c.TitleOnly(ix.Names)[stem] {
		return false
	}
	for _, id := range []string{c.Subject, c.Speaker} {
		e, ok := ix.Names.Entity(id)
		if !ok || !strings.Contains(" "+text.StemPhrase(e.Title)+" ", " "+stem+" ") {
			continue
		}
		if first := strings.Fields(text.NormPhrase(e.Title)); len(first) > 0 && formerWords[first[0]] {
			return true
		}
	}
	return false
}

// formerWords open a title its holder no longer holds.
var formerWords = text.Set(`former ex onetime one-time retired erstwhile`)

// onlyUnderRole reports whether a fact says a word (stem) only after one
// that makes it another role ("deputy governor", "shadow chancellor") that
// the question does not give, in its statement or, when the statement does
// not say it, in the recorded title of who acts or speaks in it: its holder
// does not hold the role asked of.
func onlyUnderRole(q question, c *index.Doc, stem string, ix *index.Index) bool {
	if said, under := underRole(q, c.Tokens(), stem); said || !c.TitleOnly(ix.Names)[stem] {
		return said && under // said in the statement, or in no title: no title to read
	}
	said := false
	for _, id := range []string{c.Subject, c.Speaker} {
		if e, ok := ix.Names.Entity(id); ok {
			s, under := underRole(q, text.Tokenize(e.Title), stem)
			if s && !under {
				return false
			}
			said = said || s
		}
	}
	return said
}

// underRole reports whether words say a stem, and whether every time they
// do it stands after a word of underRoleWords the question does not give.
func underRole(q question, toks []text.Token, stem string) (said, under bool) {
	for i, t := range toks {
		if t.Stem != stem {
			continue
		}
		if i == 0 || !underRoleWords[toks[i-1].Norm] || slices.ContainsFunc(q.Terms, func(t qterm) bool { return t.heldBy(toks[i-1]) }) {
			return true, false // "Who is the PCSU depty general secretary?" gives it, misspelt
		}
		said = true
	}
	return said, said
}

// underRoleWords make the role after them another: a deputy governor is
// not the governor. A former one is formerTitleOnly's.
var underRoleWords = text.Set(`deputy vice assistant acting shadow junior interim`)

// asksPast reports whether a question asks of a time gone by: its verb is
// in the past ("captained", "won"), or an auxiliary says so ("did", "was",
// "has").
func (q question) asksPast() bool {
	if q.verbAt >= 0 && text.IsPastForm(q.Toks[q.verbAt]) {
		return true
	}
	return slices.ContainsFunc(q.Toks, func(t text.Token) bool { return pastAux[t.Norm] })
}

// pastAux are the auxiliaries of a time gone by.
var pastAux = text.Set(`did was were had has have`)

// roleGivenUp reports whether a statement says a role (stem) only as one
// given up: after "as" and a verb of leaving a post, WordNet's "resign" or
// "step down" or a main-sense synonym of either ("Hague stepped down as
// leader", "quit as Cash's manager"). Its holder no longer holds it, and
// does not answer "Who leads the Tories?".
func roleGivenUp(toks []text.Token, role string) bool {
	said := false
	for i, t := range toks {
		if t.Stem != role {
			continue
		}
		k := i - 1
		for k > 0 && (toks[k].Possessive || determiners[toks[k].Norm]) {
			k-- // "quit as Cash's manager", "resigned as the club's chairman"
		}
		if k < 1 || toks[k].Norm != "as" || !leavingPost(toks, k) {
			return false
		}
		said = true
	}
	return said
}

// leavingPost reports whether the words before "as" at k are a verb of
// leaving a post: "resigned", "quit", "stepped down".
func leavingPost(toks []text.Token, k int) bool {
	stems := []string{toks[k-1].Stem}
	if k >= 2 {
		stems = append(stems, toks[k-2].Stem+" "+toks[k-1].Stem)
	}
	return slices.ContainsFunc(stems, func(s string) bool {
		return isOrSynonym(s, mainSynonym, leaveStems...) || slices.ContainsFunc(leaveStems, func(l string) bool { return isOrSynonym(l, mainSynonym, s) })
	})
}

// leaveStems are WordNet's verbs of leaving a post.
var leaveStems = []string{text.Stem("resign"), text.StemPhrase("step down")}
