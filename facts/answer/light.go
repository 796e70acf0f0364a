package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// A word that says little alone need not be in a fact that holds the rest of
// the question: an adverb, a word used almost only as one (wordnet.IsAdverbial:
// "now", "altogether"), says when or how much, not what ("How many patents
// does IBM hold altogether?": "IBM holds more than 40,000 patents"). Its
// weight in the question stays as it is, for ranking; only the decision
// forgives it (see lightForgiven).
//
// Support verbs ("Where were the pickets held?": "picketed in Cardiff"), verbs
// of many senses beside a word naming the event they support, were forgiven
// too for a while in stop 23: on the parts of the benchmark kept unseen to
// choose changes by, they gained five right answers and three wrong ones,
// and were taken out.

// lightShare is the most of the question's weight (its words and names) that
// light words a fact lacks may make up and be forgiven: the fact holds the
// rest, and the rest is most of the question. "What are interest rates
// now?" is not answered by any fact about interest rates.
const lightShare = 1.0 / 3

// markLight marks the question's light words (Light).
func (q *question) markLight(ix *index.Index) {
	for k, t := range q.Terms {
		if q.adverb(t) || q.beforeName(t) || q.beforeTime(t) || q.reportingFrame(t) || q.originVerb(t) || q.kindAfterName(t, ix) || q.describesName(t) {
			q.Terms[k].Light = true
		}
	}
}

// beforeName reports whether a question's word is a preposition before a
// name it gives ("What was the score against Belgium?"): it says how the
// name stands to the rest, which a fact says its own way ("Egypt beat
// Belgium 4-0"); the name itself is held or not. Not in a who-question,
// which asks for one of the sides the preposition tells apart: "Who scored
// Boro's winner against Graz AK?" asks for Boro's scorer, and "Morrison
// scored the equaliser in Boro's win over Graz AK" names another goal.
func (q *question) beforeName(t qterm) bool {
	if q.Type == askWho || !text.IsPreposition(t.Text) {
		return false
	}
	next := t.At + 1
	if next < len(q.Toks) && determiners[q.Toks[next].Norm] {
		next++
	}
	return slices.ContainsFunc(q.Entities, func(m index.Mention) bool { return m.From == next })
}

// beforeTime reports whether a question's word is a preposition before a
// time it gives ("during November", "until 2007", "in the second
// half"): it says how the time stands to the act, which a fact says its own
// way ("In November the UK exported...").
func (q *question) beforeTime(t qterm) bool {
	if !text.IsPreposition(t.Text) {
		return false
	}
	next := t.At + 1
	for next < len(q.Toks) && (determiners[q.Toks[next].Norm] || wordnet.PartsOfSpeech(q.Toks[next].Stem) == wordnet.Adjective) {
		next++
	}
	if next >= len(q.Toks) {
		return false
	}
	n := q.Toks[next]
	return monthWords[n.Norm] || yearRE.MatchString(n.Norm) || wordnet.Marked(n.Norm, n.Stem, wordnet.TimePeriod)
}

// adverb reports whether a question's word is one used almost only as an
// adverb: the very word WordNet marks so ("now"), not another that shares
// its stem ("final" is no "finally").
func (q *question) adverb(t qterm) bool {
	stem := t.Alts[0].Stem
	if !wordnet.IsAdverbial(stem) {
		return false
	}
	n := len(strings.Fields(stem))
	if t.At+n > len(q.Toks) {
		return false
	}
	words := make([]string, n)
	for i := range n {
		words[i] = q.Toks[t.At+i].Norm
	}
	return wordnet.Word(stem) == strings.Join(words, " ")
}

// lightForgiven reports whether the light words a fact lacks (weighing
// lacked, of the question's total weight) are forgiven: it holds every
// other word of the question, itself or a related one (heavyLacked false),
// and they are at most lightShare of the question.
func lightForgiven(lacked float64, heavyLacked bool, total float64) bool {
	return lacked > 0 && !heavyLacked && lacked <= lightShare*total
}

// reportingFrame reports whether a how-many question's word is a verb of
// saying or thinking that frames what it asks ("How many jobs did GM say it
// would cut?": "GM announced 12,000 job cuts"; "How much do the Tories think
// they can save?"): the figure is asked, not the saying, which a fact may
// tell in other words or not at all.
func (q *question) reportingFrame(t qterm) bool {
	if q.Type != askHowMany || len(t.Alts) == 0 {
		return false
	}
	return sayStems[t.Alts[0].Stem]
}

// originVerb reports whether a question's word is the verb "come" before
// the "from" that ends a question asking where someone is from: "Where does
// Joss Stone come from?" asks what "Where is Joss Stone from?" does, and a
// fact answers it by the place after its own "from" ("a soul singer from
// Devon") without the verb.
func (q *question) originVerb(t qterm) bool {
	return asksOrigin(*q) && t.At == len(q.Toks)-2 && len(t.Alts) > 0 && t.Alts[0].Stem == comeStem
}

var comeStem = text.Stem("come")

// kindAfterName reports whether a question's word names the kind of body a
// name just before it is, one the curator recorded as an organization ("the
// Leeds club", "the Microsoft firm"): the name says it, and a fact that
// names the body need not. Not after a country's name: "Pakistani
// companies" are other bodies than Pakistan.
func (q *question) kindAfterName(t qterm, ix *index.Index) bool {
	if len(t.Alts) == 0 || wordnet.NounKinds(t.Alts[0].Stem)&wordnet.Organization == 0 {
		return false
	}
	return slices.ContainsFunc(q.Entities, func(m index.Mention) bool {
		return m.To == t.At && slices.ContainsFunc(m.IDs, func(id string) bool { return ix.Names.Kind(id) == "organization" })
	})
}

// describesName reports whether a question's word is an adjective set
// before a name that ends its noun phrase ("What kind of engine will the
// new Cadillac have?"): it describes the thing named, which a fact names
// without it ("the first Cadillac with a diesel engine"). Not before a name
// that qualifies a noun after it: "the new England captain" asks of the
// captain who is new. Nor after a word that counts ("some senior Tories"):
// it picks some of them out; nor an ordinal or "former" ("his first Golden
// Rose", "the former Beatle"), which says which one.
func (q *question) describesName(t qterm) bool {
	if pos := wordnet.PartsOfSpeech(t.Alts[0].Stem); t.At == 0 || len(strings.Fields(t.Alts[0].Stem)) > 1 || pos&wordnet.Adjective == 0 || pos&wordnet.Verb != 0 || q.Toks[t.At].Upper || ordinal(q.Toks[t.At].Norm) || formerWords[q.Toks[t.At].Norm] || !definites[q.Toks[t.At-1].Norm] && !possessives[q.Toks[t.At-1].Norm] {
		return false
	}
	return slices.ContainsFunc(q.Entities, func(m index.Mention) bool {
		if m.From != t.At+1 {
			return false
		}
		return m.To == len(q.Toks) || verbForm(q.Toks[m.To]) || auxiliaries[q.Toks[m.To].Norm] || beForms[q.Toks[m.To].Norm] || wordnet.PartsOfSpeech(q.Toks[m.To].Stem)&wordnet.Noun == 0
	})
}
