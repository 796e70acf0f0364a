package answer

import (
	"slices"
	"strconv"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// figureOfOtherTime reports whether a how-many question places its figure
// in a stretch of time ("this year", "last week") that a fact does not say,
// while the fact names years of its own: "It is only the 13th time the
// power has been used since 1947" counts since 1947, not this year.
func figureOfOtherTime(q question, c *index.Doc, ix *index.Index) bool {
	return slices.ContainsFunc(q.Terms, func(t qterm) bool { return t.Time && termCredit(c, t) == 0 && !saysAskedYear(q, t, c, ix) }) && yearRE.MatchString(c.Statement)
}

// yearOffsets are the words that place a year against the day a story ran:
// "last year" is the year before it, "this year" its own, "next year" the
// one after.
var yearOffsets = map[string]int{"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}

// askedYear is the year a question names by "last year", "this year" or
// "next year" when the fact's story ran in a known year, and the places of
// its two words; ok false when it names none.
func askedYear(q question, c *index.Doc, ix *index.Index) (year string, at [2]int, ok bool) {
	date := ix.StoryDate(c.Story)
	if len(date) < 4 {
		return "", at, false
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return "", at, false
	}
	for i := 1; i < len(q.Toks); i++ {
		off, placed := yearOffsets[q.Toks[i-1].Norm]
		if placed && q.Toks[i].Norm == "year" {
			return strconv.Itoa(y + off), [2]int{i - 1, i}, true
		}
	}
	return "", at, false
}

// saysAskedYear reports whether t is a word of the question's "last year"
// (or "this year", "next year") and the fact names that year: "last year",
// asked of a story of 2005, is the "2004" of "170 million cinema admissions
// in Japan in 2004".
func saysAskedYear(q question, t qterm, c *index.Doc, ix *index.Index) bool {
	year, at, ok := askedYear(q, c, ix)
	if !ok || t.At != at[0] && t.At != at[1] {
		return false
	}
	return slices.ContainsFunc(c.Tokens(), func(tok text.Token) bool { return tok.Norm == year })
}
