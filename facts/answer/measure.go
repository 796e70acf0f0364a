package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// measureAt is the token index of the measure noun a what- or
// which-question asks for, -1 when it asks none: its focus, the noun after
// "what" (past a form of "be", a determiner or an owner's name), is one whose
// main sense WordNet files under magnitude, ratio, value in money or sum
// ("What is the GDP of Namibia?", "What proportion won't...?", "By what
// percentage did...?", "What is Marsh's total?"), or an attribute that is
// also a quantity ("What is Murrayfield's capacity?", "At what age...?",
// see wordnet.IsMeasure). Such a question wants a
// figure, as "How much...?" does: a fact that names the GDP but gives none
// does not answer it.
func measureAt(toks []text.Token) int {
	head, be := askedNounAt(toks)
	if head < 0 {
		return -1
	}
	// "What was the budget of Vera Drake?" asks its sum as "What was
	// the cost...?" does; "What fund will pay?" asks which fund.
	if !measureNoun(toks[head]) && !(be && !verbForm(toks[head]) && wordnet.Marked(toks[head].Norm, toks[head].Stem, wordnet.Money)) {
		return -1
	}
	// "What is an annuity?" asks what such a thing is, not a sum.
	if be && head > 0 && (toks[head-1].Norm == "a" || toks[head-1].Norm == "an") {
		return -1
	}
	// "What costs do firms face?" asks which costs, of several kinds.
	if !be && head == whatAt(toks)+1 && plural(toks[head]) && !ratioWord(toks[head].Stem) {
		return -1
	}
	for k := head + 1; k < len(toks); k++ {
		// "What are profits expected to do in 2005?" asks what they will do;
		// in "What share of LG Card do its creditors own?" "do" is an
		// auxiliary.
		if toks[k].Norm == "do" && toks[k-1].Norm == "to" || toks[k].Norm == "doing" && (k+1 == len(toks) || text.IsPreposition(toks[k+1].Norm)) {
			return -1
		}
	}
	return head
}

// askedNounAt is the head of the noun phrase a what- or which-question asks
// for, right after "what" (past a form of "be", determiners, and an owner's
// name after "be"), and whether "be" came before it; -1 for none.
func askedNounAt(toks []text.Token) (int, bool) {
	i := whatAt(toks)
	if i < 0 {
		return -1, false
	}
	k := i + 1
	be := toks[i].Possessive // "What's the total value...?"
	if k < len(toks) && beForms[toks[k].Norm] {
		be = true
		k++
	}
	if k < len(toks) && auxiliaries[toks[k].Norm] {
		// "What will sales of the song raise money for?": "what" is the
		// verb's object, and "sales" the subject, no noun it asks for.
		return -1, false
	}
	k = pastDeterminers(toks, k)
	if k >= len(toks) {
		return -1, false
	}
	if toks[k].Possessive {
		if !be {
			return -1, false // "Which country's GDP...?" asks for the country
		}
		k++ // "What was Alexander's three-day gross?": the owner is no head
		if k >= len(toks) {
			return -1, false
		}
	}
	// The noun phrase's head is its last word before a small word, a
	// preposition or a verb: "the interest rate", "Namibia's GDP",
	// "the firm's quarterly sales".
	head := k
	for n := k + 1; n < len(toks) && n <= k+3; n++ {
		w := toks[n]
		if quantity(w) {
			continue // "three-day gross"
		}
		if text.IsStopword(w.Norm) || text.IsPreposition(w.Norm) || verbForm(w) || wordnet.PartsOfSpeech(w.Stem)&wordnet.Noun == 0 {
			break
		}
		if w.Upper && !toks[head].Upper {
			break // a name begins: "Which channel shows Celebrity Big Brother?" asks no bigness
		}
		if plural(toks[head]) && !strings.HasSuffix(w.Norm, "s") && wordnet.PartsOfSpeech(w.Stem)&wordnet.Verb != 0 {
			break // the verb after a plural: "Which charities benefit from the gala?"
		}
		head = n
	}
	return head, be
}

// measureNoun reports whether a word is a noun whose main sense is a measure,
// said as a noun: "the paying" is no pay.
func measureNoun(t text.Token) bool {
	return !verbForm(t) && (wordnet.Marked(t.Norm, t.Stem, wordnet.Measure) || ratioWord(t.Stem))
}

// ratioWord reports whether a word's main sense is a proportion, itself
// or by a synonym in its main sense as a noun: "share", whose synonyms
// there are "portion" and "percentage", asks a percentage as "proportion"
// does ("What share of voters...?").
func ratioWord(stem string) bool {
	return wordnet.IsRatio(stem) || synonymIs(stem, mainNounSynonym, wordnet.IsRatio)
}

// mainNounSynonym is the least weight of a synonym in a word's main sense
// as a noun when the word is also a verb: WordNet's weights fall with how
// seldom a part of speech is used ("share" the noun: "percentage" 0.74).
const mainNounSynonym = 0.7

// asksRatio reports whether a question asks a share of a whole: one of its
// words is a proportion's ("What share of...?", "What proportion...?").
func (q question) asksRatio() bool {
	return slices.ContainsFunc(q.Terms, func(t qterm) bool { return t.Ratio })
}

// markWorth reads "How much is the deal worth?" as asking a sum of money:
// "be worth" takes an amount as its complement, so a sum the fact gives
// says the worth, as it says the cost or the value. WordNet files "worth"
// only as a quality and an adjective with no link to value.
func (q *question) markWorth() {
	for i := range q.Terms {
		if t := &q.Terms[i]; t.Alts[0].Stem == "worth" {
			t.Money, q.asksSum = true, true
		}
	}
}

// worthAsked reports whether a what-question asks the sum something is
// worth in a currency it names: "What is the takeover worth in pounds?".
// "worth" after "be" takes the sum as its complement, and "what" stands for
// it; without the currency ("What is Yugansk really worth?") it may as well
// ask a judgement of its value as a sum.
func worthAsked(toks []text.Token) bool {
	at := whatAt(toks)
	if at < 0 {
		return false
	}
	for k := at + 1; k+2 < len(toks); k++ {
		if toks[k].Norm == "worth" && toks[k+1].Norm == "in" {
			return currencyWord(toks[k+2].Norm, toks[k+2].Stem)
		}
	}
	return false
}
