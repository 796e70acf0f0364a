package answer

import (
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// asksMeasure reports whether a what- or which-question asks for a measure:
// its focus, the noun after "what" (past a form of "be", a determiner or an
// owner's name), is one whose main sense WordNet files under magnitude,
// ratio, value in money or sum ("What is the GDP of Namibia?", "What
// proportion won't...?", "By what percentage did...?", "What is Marsh's
// total?"). Such a question wants a figure, as "How much...?" does: a fact
// that names the GDP but gives none does not answer it.
func asksMeasure(toks []text.Token) bool {
	for i, t := range toks {
		if t.Norm != "what" && t.Norm != "which" {
			continue
		}
		k := i + 1
		be := k < len(toks) && beForms[toks[k].Norm]
		if be {
			k++
		}
		for k < len(toks) && determiners[toks[k].Norm] {
			k++
		}
		if k >= len(toks) {
			return false
		}
		if measureNoun(toks[k]) {
			return true
		}
		// "What is Namibia's GDP?", "What is the interest rate?": the
		// noun after an owner, or the head of a compound. Not straight
		// after "which": "Which country's GDP...?" asks for the country.
		if k+1 < len(toks) && (be && toks[k].Possessive || !toks[k].Possessive && wordnet.PartsOfSpeech(toks[k+1].Stem)&wordnet.Noun != 0) {
			return measureNoun(toks[k+1])
		}
		return false
	}
	return false
}

// measureNoun reports whether a word is a noun whose main sense is a measure,
// said as a noun: "the paying" is no pay.
func measureNoun(t text.Token) bool {
	return !verbForm(t) && wordnet.IsMeasure(t.Stem)
}
