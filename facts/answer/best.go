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

// otherYearsBestSaid reports whether a question names an award's category
// as "the N of the year" ("Who won song of the year?") and every such
// category a fact gives is of another noun: "Here We Go Again won record of
// the year" tells of another of the year's awards, though it holds "won".
func otherYearsBestSaid(q question, c *index.Doc) bool {
	at := ofTheYearAt(q.Toks)
	if len(at) != 1 {
		return false
	}
	n := q.termAt(at[0])
	if n == nil {
		return false
	}
	toks := c.Tokens()
	said := ofTheYearAt(toks)
	for _, i := range said {
		if termCreditIn(" "+toks[i].Stem+" ", *n) > 0 {
			return false
		}
	}
	return len(said) > 0
}

// ofTheYearAt is where each noun stands before "of the year" ("song of the
// year", "Novel of the Year"), an award's category.
func ofTheYearAt(toks []text.Token) []int {
	var at []int
	for i := 0; i+3 < len(toks); i++ {
		if toks[i+1].Norm == "of" && toks[i+2].Norm == "the" && toks[i+3].Norm == "year" && !text.IsStopword(toks[i].Norm) {
			at = append(at, i)
		}
	}
	return at
}
