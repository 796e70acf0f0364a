package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// "Who published the survey of business leaders?" is answered by "A
// PricewaterhouseCoopers survey said...", and "Who wrote the report on the
// UK games market?" by "according to a recent report by analysts Screen
// Digest": news copy says who made a thing by setting the maker's name
// before it or after "by" or "from", with no verb of making.

// creationStems are the senses a verb of making shares, as stems.
var creationStems = []string{text.Stem("make"), text.Stem("create"), text.Stem("produce")}

// creationWeight is the least weight of the relation that makes a verb one
// of making: "publish", "write", "develop" and "design" have "create" as a
// broader word at 0.45 or more.
const creationWeight = 0.45

// creationVerb reports whether a question's word is a verb of making.
func creationVerb(q question, t qterm) bool {
	st := t.Alts[0].Stem
	isCreation := func(s string) bool { return slices.Contains(creationStems, s) }
	return canBeVerb(q.Toks[t.At]) && (isCreation(st) || relationIs(st, creationWeight, isCreation, wordnet.Broader, wordnet.Synonym))
}

// madeThing is the term of the thing a who-question asks the maker of
// ("survey" of "Who published the survey...?": the first noun after its
// verb, when the verb is one of making), nil for none. Read once, when the
// question is parsed (madeAsked), not for every fact.
func (q question) madeThing() *qterm {
	verb := q.verbTerm()
	if q.Type != askWho || verb == nil || !creationVerb(q, *verb) {
		return nil
	}
	for k := range q.Terms {
		if t := q.Terms[k]; t.At > verb.At && !verbForm(q.Toks[t.At]) {
			return &q.Terms[k]
		}
	}
	return nil
}

// namesMaker reports whether a fact names who made the thing: a name the
// question does not give set right before it ("A PricewaterhouseCoopers
// survey", "Nintendo's GameBoy"), or after "by" or "from", past words of a
// role ("a report by analysts Screen Digest", "Research from the Royal
// Academy of Dance").
func namesMaker(q question, thing qterm, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	ms := c.Mentions(ix.Names)
	maker := func(m index.Mention) bool { return makerNamed(q, m, ix) }
	for i, tok := range toks {
		if !thing.heldBy(tok) {
			continue
		}
		if unknownOwner(toks, ms, i) {
			return true
		}
		for _, m := range ms {
			switch {
			case m.To <= i && i-m.To <= 1 && maker(m) && roleWordsOnly(toks[m.To:i]):
				return true
			case m.From > i+1 && m.From-i <= 4 && (toks[i+1].Norm == "by" || toks[i+1].Norm == "from") && maker(m) && roleWordsOnly(toks[i+2:m.From]):
				return true
			}
		}
	}
	return false
}

// madeWork is the work a who-question asks the maker of by its name ("Who
// wrote The Pillowman?": the first name after a verb of making, of no
// person, body, place or group), nil for none.
func (q question) madeWork() []string {
	verb := q.verbTerm()
	if q.Type != askWho || verb == nil || !creationVerb(q, *verb) {
		return nil
	}
	for _, m := range q.Entities {
		if m.From > verb.At {
			return m.IDs
		}
	}
	return nil
}

// namesMakerOfWork reports whether a fact names who made a work the
// question names: a person or body, not the question's, with "'s" before
// the work's name, right before it or past words of its kind ("Martin
// McDonagh's The Pillowman", "Mike Leigh's film Vera Drake", not past a
// comma: "U2's new album, How To Dismantle An Atomic Bomb" says whose
// album, not who produced it; a capitalised name it does not know counts),
// or after "by" right after it ("The Pillowman by Martin McDonagh").
func namesMakerOfWork(q question, work []string, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	rs := []rune(c.Statement)
	ms := c.Mentions(ix.Names)
	maker := func(m index.Mention) bool { return makerNamed(q, m, ix) }
	for _, w := range ms {
		if !slices.ContainsFunc(w.IDs, func(id string) bool { return slices.Contains(work, id) }) {
			continue
		}
		if unknownOwner(toks, ms, w.From) {
			return true
		}
		for _, m := range ms {
			switch {
			case m.To <= w.From && w.From-m.To <= 3 && m.To > 0 && toks[m.To-1].Possessive && maker(m) && kindWordsOnly(toks[m.To:w.From]) && (m.To == w.From || !commaBetween(rs, toks[w.From-1], toks[w.From])):
				return true
			case w.To+1 < len(toks) && toks[w.To].Norm == "by" && m.From == w.To+1 && maker(m):
				return true
			}
		}
	}
	return false
}

// kindWordsOnly reports whether the words between a maker's name and a
// work's say only what kind of work it is: "Mike Leigh's film Vera Drake",
// "Oliver Stone's Vietnam epic Platoon" (a place's name among them), none
// a verb, a preposition or another name.
func kindWordsOnly(toks []text.Token) bool {
	for _, t := range toks {
		if verbForm(t) || text.IsPreposition(t.Norm) || text.IsStopword(t.Norm) || t.Upper && !placeOrPeople(t) {
			return false
		}
	}
	return true
}

// makerNamed reports whether a mention names someone who could make a
// thing, a person or a body, whom the question does not name.
func makerNamed(q question, m index.Mention, ix *index.Index) bool {
	return !slices.ContainsFunc(m.IDs, q.names) && slices.ContainsFunc(m.IDs, func(id string) bool {
		k := ix.Names.Kind(id)
		return k == "organization" || k == "group" || k == "person"
	})
}

// unknownOwner reports whether the words right before token i (past "the"
// of a title: "Martin McDonagh's The Pillowman") are a capitalised name with
// "'s" that the knowledge base does not know: the maker, named.
func unknownOwner(toks []text.Token, ms []index.Mention, i int) bool {
	k := i - 1
	if k > 0 && toks[k].Norm == "the" && toks[k].Upper {
		k--
	}
	return k >= 0 && toks[k].Possessive && toks[k].Upper && !toks[k].First && !slices.ContainsFunc(ms, func(m index.Mention) bool { return m.From <= k && k < m.To })
}
