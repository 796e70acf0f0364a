package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// namesPlace reports whether a fact's words name a place the question does not:
// an entity curated as a place, or a capitalised name WordNet knows as one
// ("a company based in Geneva", "the UK-based co-chairman"). Curators seldom
// record places as entities, so "Where...?" must know them by themselves.
func namesPlace(q question, c *index.Doc, ix *index.Index) bool {
	return len(placesNamed(q, c, ix, true)) > 0
}

// placesNamed lists the places namesPlace finds in a fact, by entity id or
// word (the first only, when first).
func placesNamed(q question, c *index.Doc, ix *index.Index, first bool) []string {
	var out []string
	toks := c.Tokens()
	end := whatWasSaid(q, toks)
	// "Where are Auxerre from?" is not answered by a venue: "knocked out by
	// Auxerre at Ibrox" says where they played, not where they are from.
	venue := func(at int) bool { return asksOrigin(q) && at > 0 && toks[at-1].Norm == "at" }
	for _, m := range c.Mentions(ix.Names) {
		for _, id := range m.IDs {
			if !q.names(id) && placeKinds[ix.Names.Kind(id)] && m.From < end && (!ownsAsked(q, toks, m.To) || asksWhereItIs(q)) && !venue(m.From) && (asksOrigin(q) || !beforePersonNoun(toks, m.To) && (asksWhereItIs(q) || !attributivePlace(toks, m.From, m.To))) {
				if out = append(out, id); first {
					return out
				}
			}
		}
	}
	named := namedTokens(c, ix.Names)
	if asksWhereItIs(q) {
		// The name the fact gives the thing asked about may hold where it
		// is: "Manchester's Trafford Centre", the curator's alias.
		for _, m := range c.Mentions(ix.Names) {
			if slices.ContainsFunc(m.IDs, q.names) {
				for i := m.From; i < m.To; i++ {
					named[i] = false
				}
			}
		}
	}
	for i, t := range toks[:end] {
		// A capital at the start of a sentence says nothing: "Reading" may
		// be a verb there, and "March" a month anywhere. Nor does the first
		// part of a word a hyphen joins: "Co-star" is no "Co" (Colorado).
		if named[i] || !t.Upper || q.stems[t.Stem] || monthWords[t.Norm] || t.First && !wordnet.IsName(t.Norm) || venue(i) || hyphenWordAt(c.Statement, toks, i) {
			continue
		}
		if placeNameAt(q, toks, i) && (asksOrigin(q) || asksWhereItIs(q) || !attributivePlace(toks, i, i+1)) {
			if out = append(out, t.Stem); first {
				return out
			}
		}
	}
	return out
}

// attributivePlace reports whether a place's name, the words [from, to),
// describes a thing rather than placing it: owned ("America's culture
// wars") or before a noun ("the Iraq war", "10,000 Scottish fans"), with no
// preposition before it that places ("killed in the Iraq war"). "Where is
// Sundance held?" is not answered by its panels on America's culture wars.
func attributivePlace(toks []text.Token, from, to int) bool {
	if from > 0 && venuePrepositions[toks[from-1].Norm] || from > 1 && determiners[toks[from-1].Norm] && venuePrepositions[toks[from-2].Norm] {
		return false
	}
	if toks[to-1].Possessive {
		return true
	}
	if to >= len(toks) {
		return false
	}
	next := toks[to]
	return !next.Upper && !text.IsStopword(next.Norm) && !verbForm(next) && wordnet.PartsOfSpeech(next.Stem)&wordnet.Noun != 0
}

// beforePersonNoun reports whether the word at i, just after a place's
// name, is a noun in lower case for a kind of person: "US actor Ossie
// Davis" says where he is from, not where he was found dead.
func beforePersonNoun(toks []text.Token, i int) bool {
	return i < len(toks) && !toks[i].Upper && wordnet.Marked(toks[i].Norm, toks[i].Stem, wordnet.People)
}

// whatWasSaid is where, in a fact's words, what someone said begins, when
// the question asks where something was said ("Where did the chairman make
// his comments?"): a place named after the fact's verb of saying ("Knight
// said much of the growth came from the US") is in what was said, not where
// it was. A noun or verb asks it when WordNet or the lexicon relates it to
// "say"; not an adverb made with -ly ("supposedly", "reportedly"), nor a
// participle after "the" ("the alleged incident"), which say how sure the
// rest is, not that it was said. The fact's verb is "say"
// or one the word is. len(toks) when the question asks no such thing or the
// fact says nothing.
func whatWasSaid(q question, toks []text.Token) int {
	if q.said == nil {
		return len(toks)
	}
	for i, t := range toks {
		if verbForm(t) && (t.Stem == "say" || termCreditIn(" "+t.Stem+" ", *q.said) > 0) {
			if i+1 < len(toks) && atPrepositions[toks[i+1].Norm] {
				// "speaking in Manchester", "said in Paris that...": the
				// place of the saying comes first.
				return min(len(toks), i+1+placeReach)
			}
			return i + 1
		}
	}
	return len(toks)
}

// placeReach is how many words after a verb of saying the place it was said
// in may take: "at the club's annual general meeting".
const placeReach = 6

// saidTermOf is the term of a question that asks of saying (see
// whatWasSaid), nil for none.
func saidTermOf(q question) *qterm {
	k := slices.IndexFunc(q.Terms, func(t qterm) bool {
		tok := q.Toks[t.At]
		attributive := t.At > 0 && determiners[q.Toks[t.At-1].Norm] && verbForm(tok) // "the alleged incident"
		return !strings.HasSuffix(tok.Norm, "ly") && !attributive && wordnet.PartsOfSpeech(tok.Stem)&(wordnet.Noun|wordnet.Verb) != 0 && (termCreditIn(" say ", t) > 0 || kinOfSay(tok.Stem))
	})
	if k < 0 {
		return nil
	}
	return &q.Terms[k]
}

// kinOfSay reports whether WordNet gives a word a synonym in its main sense
// that is "say" or a synonym or broader word of it: "speak" and "say" are
// both to utter, so "Where was Wardle speaking?" asks where he spoke, not of
// a place in what he said.
func kinOfSay(stem string) bool {
	for _, r := range wordnet.Related(stem) {
		// In the word's main sense only: "deliver" a speech is a rarer
		// sense, as "low" said of cattle.
		if r.Kind == wordnet.Synonym && r.Weight >= mainSynonym && (r.Stem == "say" || slices.ContainsFunc(sayKin, func(k wordnet.Relation) bool { return k.Stem == r.Stem })) {
			return true
		}
	}
	return false
}

// sayKin are the synonyms and broader words of "say".
var sayKin = slices.DeleteFunc(wordnet.Related("say"), func(r wordnet.Relation) bool {
	return r.Kind != wordnet.Synonym && r.Kind != wordnet.Broader
})

// namedTokens marks the tokens of a fact's statement that are inside a name of
// the knowledge base.
func namedTokens(c *index.Doc, names *index.Names) []bool {
	named := make([]bool, len(c.Tokens()))
	for _, m := range c.Mentions(names) {
		for i := m.From; i < m.To; i++ {
			named[i] = true
		}
	}
	return named
}

// askedNameTokens marks the words of a fact that are a name of an entity
// the question gives.
func askedNameTokens(q question, c *index.Doc, ix *index.Index) []bool {
	toks := c.Tokens()
	named := make([]bool, len(toks))
	for _, m := range c.Mentions(ix.Names) {
		if slices.ContainsFunc(m.IDs, q.names) {
			for k := m.From; k < m.To && k < len(toks); k++ {
				named[k] = true
			}
		}
	}
	return named
}

// placeNameAt reports whether the word at i, alone or with the capitalised
// word after it that the question does not give, is the name of a place
// WordNet knows: "Geneva", "San Francisco".
func placeNameAt(q question, toks []text.Token, i int) bool {
	return wordnet.IsPlace(toks[i].Stem) || i+1 < len(toks) && toks[i+1].Upper && !q.stems[toks[i+1].Stem] && wordnet.IsPlace(toks[i].Stem+" "+toks[i+1].Stem)
}

// placeKinds are the entity kinds curators give places.
// hyphenWordAt reports whether the words at i and i+1 are one word a hyphen
// joins, which WordNet knows written as one or as two ("co-star",
// "cooperate").
func hyphenWordAt(s string, toks []text.Token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	one := hyphenedWord(s, toks[i:i+2])
	return one != "" && (wordnet.Known(one) || wordnet.Known(toks[i].Stem+" "+toks[i+1].Stem))
}

var placeKinds = text.Set(`place country city region state location`)

// asksWhereItIs reports whether a question asks only where a thing is, by
// "be" and its name, with no verb of something done there ("Where is the
// Trafford Centre?", not "Where was the budget presented?"): the place that
// owns it says where it is ("Manchester's Trafford Centre").
func asksWhereItIs(q question) bool {
	n := len(q.Toks)
	if q.Type != askWhere || n < 3 || q.Toks[0].Norm != "where" || !beForms[q.Toks[1].Norm] || asksOrigin(q) {
		return false
	}
	return !slices.ContainsFunc(q.Toks[2:], verbForm)
}

// ownsAsked reports whether the name ending before token at owns a thing the
// question asks about ("India's budget" for "Where was the budget
// presented?"): a place that owns it says whose it is, not where it was.
func ownsAsked(q question, toks []text.Token, at int) bool {
	return at > 0 && at < len(toks) && toks[at-1].Possessive && q.stems[toks[at].Stem]
}
