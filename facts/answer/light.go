package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// A word that says little alone need not be in a fact that holds the rest of
// the question. Two kinds of word are light so:
//
//   - a support verb: a verb used in many senses (wordnet.SenseSpread at
//     least lightSpread: "hold", "give", "take", "call"), as the question's
//     main verb, beside a word that names an event, which the verb only
//     supports ("Where were the pickets held?": "Striking civil servants
//     picketed in Cardiff"). A verb with few senses ("sell", "resign") is
//     the action asked about, and one without an event beside it ("How
//     much did Alexander take?") is too. The event may be a name the
//     curator made of a common noun ("What day was the strike held?");
//   - an adverb: a word used almost only as one (wordnet.IsAdverbial:
//     "now", "altogether"), which says when or how much, not what ("How
//     many patents does IBM hold altogether?": "IBM holds more than 40,000
//     patents").
//
// Their weight in the question stays as it is, for ranking; only the decision
// forgives them (see lightForgiven).

// lightSpread is the least spread of senses of a support verb: "hold" is
// used in some 14 senses, "give" 13, "take" 23, "call" 10; "keep" 5,
// "picket" 6, "sell" 3.
const lightSpread = 10

// lightShare is the most of the question's weight (its words and names) that
// light words a fact lacks may make up and be forgiven: the fact holds the
// rest, and the rest is most of the question. "What are interest rates
// now?" is not answered by any fact about interest rates.
const lightShare = 1.0 / 3

// markLight marks the question's light words (Light).
func (q *question) markLight() {
	events := 0 // words that name an event: nouns that are verbs too ("pickets", "show", "talks")
	for k, t := range q.Terms {
		if namesEvent(t) {
			events++
		}
		if q.adverb(t) {
			q.Terms[k].Light = true
		}
	}
	for _, m := range q.Entities {
		if q.commonNoun(m) && slices.ContainsFunc(q.Toks[m.From:m.To], namesEventToken) {
			events++ // "the strike", an entity the curator made of a common noun
		}
	}
	for k, t := range q.Terms {
		if t.At != q.verbAt || q.verbless() || wordnet.PartsOfSpeech(t.Alts[0].Stem)&wordnet.Verb == 0 {
			continue
		}
		if events-b2i(namesEvent(t)) > 0 && wordnet.SenseSpread(t.Alts[0].Stem) >= lightSpread {
			q.Terms[k].Light = true
		}
	}
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

// namesEvent reports whether a question's word may name an event: a noun
// that is also a verb ("pickets", "talks", "show", "sacking").
func namesEvent(t qterm) bool {
	pos := wordnet.PartsOfSpeech(t.Alts[0].Stem)
	return pos&wordnet.Noun != 0 && pos&wordnet.Verb != 0
}

// namesEventToken reports whether a word of a name may name an event: "strike"
// of "the strike".
func namesEventToken(t text.Token) bool {
	pos := wordnet.PartsOfSpeech(t.Stem)
	return !text.IsStopword(t.Norm) && pos&wordnet.Noun != 0 && pos&wordnet.Verb != 0
}

// lightForgiven reports whether the light words a fact lacks (weighing
// lacked, of the question's total weight) are forgiven: it holds every
// other word of the question, itself or a related one (heavyLacked false),
// and they are at most lightShare of the question.
func lightForgiven(lacked float64, heavyLacked bool, total float64) bool {
	return lacked > 0 && !heavyLacked && lacked <= lightShare*total
}
