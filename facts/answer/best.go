package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// otherBestSaid reports whether a question names an award's category by
// "best" and a noun, after a verb or a preposition ("Who was named best
// director?", "the Oscar for best picture"), and every "best" a fact gives
// stands before some other noun: "House of Flying Daggers was named best
// foreign language film" tells of another best, an award's other category,
// though it holds "directed". A "best" with no noun after it ("51cm short
// of his personal best") is left alone.
func otherBestSaid(q question, c *index.Doc) bool {
	k := slices.IndexFunc(q.Toks, func(t text.Token) bool { return t.Norm == "best" })
	if k < 1 || !text.IsPreposition(q.Toks[k-1].Norm) && !verbForm(q.Toks[k-1]) {
		return false // "Britain's best pole vaulter" is no award's category
	}
	n := q.termAt(k + 1)
	if n == nil || wordnet.PartsOfSpeech(n.Alts[0].Stem)&wordnet.Noun == 0 {
		return false
	}
	toks := c.Tokens()
	other := false
	for i := 0; i+1 < len(toks); i++ {
		t := toks[i]
		if t.Norm != "best" {
			continue
		}
		next := toks[i+1]
		switch {
		case termCreditIn(" "+next.Stem+" ", *n) > 0:
			return false
		case !text.IsStopword(next.Norm) && wordnet.PartsOfSpeech(next.Stem) != wordnet.Adverb:
			other = true
		}
	}
	return other
}
