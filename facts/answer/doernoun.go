package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// nounReach is how many words from the fact's verb a noun for the one who
// answers may stand: "Apple sued a former contractor", "the show's presenter
// asked". Farther off, it may belong to another clause.
const nounReach = 4

// namesDoerByNoun reports whether a fact names the one a who-question asks
// for by a common noun for a person or people (WordNet's person and people:
// "Apple sued a former contractor" for "Who did Apple sue?") or for a group
// of them (its organization: "adopted by a family"), standing beside
// the question's very act in the role the question leaves open: the doer,
// or, when the question names the doer, the one acted on. News copy often
// names no one ("callers", "a contractor"), and such a noun is the answer;
// a person named elsewhere in the fact, or doing something else, is not.
func namesDoerByNoun(q question, c *index.Doc, ix *index.Index) bool {
	vt := q.verbTerm()
	if vt == nil {
		return false
	}
	toks := c.Tokens()
	vi := vt.firstIn(toks, verbHeld)
	if vi < 0 {
		return false
	}
	want := "subject"
	if len(q.subjects) > 0 {
		want = "object"
	}
	named := namedTokens(c, ix.Names)
	passive := passiveAt(toks, vi)
	for i := max(0, vi-nounReach); i < len(toks) && i <= vi+nounReach; i++ {
		t := toks[i]
		if i == vi || named[i] || q.stems[t.Stem] || t.Upper && !t.First || !wordnet.Marked(t.Norm, t.Stem, wordnet.People) && wordnet.NounKinds(t.Stem)&wordnet.Organization == 0 {
			continue
		}
		if clauseRole(toks, vi, passive, i) == want {
			return true
		}
	}
	return false
}

// actOnlyAsBareNoun reports whether a fact holds a who-question's act only
// as a noun after a preposition, with no owner to say whose act it is:
// "Fox TV is showing announcements after complaints about the series" tells
// of complaining, but not that Fox TV complained. A verb after a
// preposition is a gerund ("by bidding"); any other word there is a noun.
func actOnlyAsBareNoun(q question, c *index.Doc) bool {
	return q.asksAction() && verbHeldOnlyAs(q, c, func(toks []text.Token, i int) bool {
		return i > 0 && text.IsPreposition(toks[i-1].Norm) && toks[i-1].Norm != "to" && !strings.HasSuffix(toks[i].Norm, "ing")
	})
}

// actOnlyAsObjectOfOther reports whether a fact holds the act a
// who-question asks only as a plural noun right after another verb in the
// past, its object: "Lord Browne rejected calls for a windfall tax" tells
// who rejected the calls, not who is calling for the tax.
func actOnlyAsObjectOfOther(q question, c *index.Doc) bool {
	return q.asksAction() && verbHeldOnlyAs(q, c, func(toks []text.Token, i int) bool {
		return i > 0 && text.IsPastForm(toks[i-1]) && strings.HasSuffix(toks[i].Norm, "s") && toks[i].Stem != toks[i].Norm
	})
}

// actOnlyAsAnothersRole reports whether a fact holds the act a who-question
// asks only as a noun for the one who does it, right after a name the
// question does not give: "The Southampton manager welcomed the opportunity
// to face United" tells who manages Southampton, not who manages United.
func actOnlyAsAnothersRole(q question, c *index.Doc, ix *index.Index) bool {
	if len(q.subjects) > 0 || !q.asksAction() {
		return false
	}
	mentions, rs := c.Mentions(ix.Names), []rune(c.Statement)
	return verbHeldOnlyAs(q, c, func(toks []text.Token, i int) bool {
		t := toks[i]
		if !wordnet.Marked(t.Norm, t.Stem, wordnet.People) || i == 0 || commaBetween(rs, toks[i-1], t) {
			return false // no noun for a person, or one in apposition: "Roger Bennett, director general of Elspa" is the one
		}
		// The name stands before the noun as its owner or after a
		// determiner ("the Southampton manager"), not as the subject of a
		// verb ("Bortolami captains Italy").
		return slices.ContainsFunc(mentions, func(m index.Mention) bool {
			return m.To == i && !slices.ContainsFunc(m.IDs, q.names) && (toks[i-1].Possessive || m.From > 0 && determiners[toks[m.From-1].Norm])
		})
	})
}

// actOnlyInProspect reports whether a fact holds the act a who-question asks
// in the past ("Who won I'm A Celebrity?") only as what is to come, an
// infinitive after "to" ("Vic Reeves remains favourite to win the show") or
// after a modal ("Boro can also score goals"): it tells who may do it, not
// who did.
func actOnlyInProspect(q question, c *index.Doc) bool {
	if !q.asksWhoDid() || !text.IsPastForm(q.Toks[q.verbAt]) || slices.ContainsFunc(q.Toks[1:q.verbAt], func(t text.Token) bool { return modals[t.Norm] }) {
		return false
	}
	return verbHeldOnlyAs(q, c, func(toks []text.Token, i int) bool {
		if afterModal(toks, i) {
			return true // "Boro can also score goals" says they may, not who did
		}
		if !governed(toks, i) || i < 2 {
			return false
		}
		// "favourite to win", not "went on to win", "beat Spain to clinch":
		// after a verb, a particle or a name, the infinitive tells what
		// came of it. (Nor, though it is read so, "beat her rival with her
		// final jump to win": "beat" is no surer a past than a present.)
		before := toks[i-2]
		return !before.Upper && !verbForm(before) && !text.IsPreposition(before.Norm) && !pastBefore(c, toks, i-1)
	})
}

// pastBefore reports whether a verb in the past stands in the clause a few
// words before the "to" at k: "overturned a big Labour majority to win
// last year's by-election" tells what came of the act, as "went on to win"
// does; "remains favourite to win" and "was favourite to win" do not.
func pastBefore(c *index.Doc, toks []text.Token, k int) bool {
	rs := []rune(c.Statement)
	for j := k - 1; j >= 0 && j >= k-5; j-- {
		if clauseEnd(rs, toks[j].End) {
			return false
		}
		if t := toks[j]; text.IsPastForm(t) && !beForms[t.Norm] && !auxiliaries[t.Norm] && (j == 0 || !determiners[toks[j-1].Norm]) {
			return true
		}
	}
	return false
}

// afterModal reports whether the verb at i follows a modal, an adverb or
// "not" between at most: "can also score", "could win".
func afterModal(toks []text.Token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if modals[toks[k].Norm] {
			return true
		}
		adverb := wordnet.IsAdverbial(toks[k].Stem) || text.IsStopword(toks[k].Norm) && !determiners[toks[k].Norm] && !text.IsPreposition(toks[k].Norm) && !auxiliaries[toks[k].Norm]
		if !adverb && !negations[toks[k].Norm] {
			return false
		}
	}
	return false
}

// modals are the auxiliaries of what may or will be.
var modals = text.Set(`can could will would should may might`)

// actNounBy reports whether a fact says a who-question's act as a noun with
// who did it after "from" or "by": "The relocations drew criticism from
// environmental groups" for "Who criticised the relocations?", "after
// complaints from several Australian players" for "Who complained...?". The
// doer is a noun for people or a body, or a name the question does not give,
// within a few words.
func actNounBy(q question, c *index.Doc, ix *index.Index) bool {
	vt := q.verbTerm()
	if vt == nil || q.Type != askWho || termCredit(c, *vt) < verbHeld {
		return false // most facts hold no form of the verb: not worth reading word by word
	}
	toks := c.Tokens()
	vi := vt.firstIn(toks, verbHeld)
	if vi < 0 || vi+2 >= len(toks) || verbForm(toks[vi]) || toks[vi+1].Norm != "from" && toks[vi+1].Norm != "by" {
		return false
	}
	named := namedTokens(c, ix.Names)
	for i := vi + 2; i < len(toks) && i <= vi+1+nounReach; i++ {
		t := toks[i]
		if q.stems[t.Stem] || text.IsPreposition(t.Norm) {
			return false
		}
		if t.Upper && !named[i] || wordnet.Marked(t.Norm, t.Stem, wordnet.People) || wordnet.NounKinds(t.Stem)&wordnet.Organization != 0 || pluralNoun(t) {
			return true
		}
		if named[i] {
			return slices.ContainsFunc(c.Mentions(ix.Names), func(m index.Mention) bool {
				return m.From == i && !slices.ContainsFunc(m.IDs, q.names)
			})
		}
	}
	return false
}

// pluralNoun reports whether a word is a noun in the plural ("groups",
// "rivals"): after an act said as a noun and "from", those who did it, most
// often, as "criticism from environmental groups".
func pluralNoun(t text.Token) bool {
	return plural(t) && wordnet.PartsOfSpeech(t.Stem)&wordnet.Noun != 0 && !verbForm(t)
}
