package answer

import (
	"slices"
	"strconv"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
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

// relativeYearAt is where a question's "last year" (or "this year", "next
// year") begins, and how many years it is from the year its story ran; at
// -1 when it names none. Read once a question.
func relativeYearAt(toks []text.Token) (at, offset int) {
	for i := 1; i < len(toks); i++ {
		if off, ok := yearPlacedAt(toks, i); ok {
			return i - 1, off
		}
	}
	return -1, 0
}

// yearPlacedAt reports whether toks[i] is the "year" of "last year" (or
// "this year", "next year"), and how many years that is from the year its
// story ran.
func yearPlacedAt(toks []text.Token, i int) (offset int, ok bool) {
	off, placed := yearOffsets[toks[i-1].Norm]
	return off, placed && toks[i].Norm == "year"
}

// otherYearSaid reports whether a question places what it asks in a year
// by the day its story ran ("this year's Meltdown festival") and a fact
// places it only in others that way ("last year's Meltdown festival"): it
// tells of another year. A question that names both years compares them.
func otherYearSaid(q question, c *index.Doc) bool {
	if q.yearAt < 0 {
		return false
	}
	said := relativeYears(c.Tokens())
	return len(said) > 0 && !slices.ContainsFunc(said, func(off int) bool { return slices.Contains(q.yearsAsked, off) })
}

// relativeYears are the years words place by the day their story ran ("last
// year", "this year's"), as offsets from it.
func relativeYears(toks []text.Token) []int {
	var offs []int
	for i := 1; i < len(toks); i++ {
		if off, ok := yearPlacedAt(toks, i); ok {
			offs = append(offs, off)
		}
	}
	return offs
}

// saysAskedYear reports whether t is a word of the question's "last year"
// (or "this year", "next year") and the fact names that year, counted from
// the year its story ran: "last year", asked of a story of 2005, is the
// "2004" of "170 million cinema admissions in Japan in 2004".
func saysAskedYear(q question, t qterm, c *index.Doc, ix *index.Index) bool {
	if q.yearAt < 0 || t.At != q.yearAt && t.At != q.yearAt+1 {
		return false
	}
	date := ix.StoryDate(c.Story)
	if len(date) < 4 {
		return false
	}
	y, err := strconv.Atoi(date[:4])
	if err != nil {
		return false
	}
	year := strconv.Itoa(y + q.yearOffset)
	return slices.ContainsFunc(c.Tokens(), func(tok text.Token) bool { return tok.Norm == year })
}

// timeOfSayingOnly reports whether every time a fact's words give is the
// time someone said something, just after the verb of saying ("said on
// Thursday it was satisfied the referendum question was easy to
// understand"), while the question asks the time of another act ("When
// could the referendum be held?") or of a thing ("When is the chancellor's
// Budget?"): the day tells when it was said, not when what was said
// happens.
func timeOfSayingOnly(q question, c *index.Doc) bool {
	if vt := q.verbTerm(); vt != nil && wordnet.IsSpeechVerb(vt.Alts[0].Stem) && q.verbUsedAsVerb() {
		return false // "When did the minister say so?" asks the time of saying
	}
	toks := c.Tokens()
	from, to, rel := relativeTime(toks)
	said, other := false, false
	for i, t := range toks {
		isTime := monthWords[t.Norm] || yearRE.MatchString(t.Norm) || rel && i >= from && i < to
		if !isTime {
			continue
		}
		if afterSaying(toks, i) {
			said = true
		} else {
			other = true
		}
	}
	return said && !other
}

// actOnlySupposed reports whether the fact says the question's act only
// after "if": "Voters must register by 11 March if the election
// is held on 5 May" does not say when the election is held.
func actOnlySupposed(q question, c *index.Doc) bool {
	vt := q.verbTerm()
	if vt == nil || q.verbless() {
		return false
	}
	toks := c.Tokens()
	held := false
	for i, t := range toks {
		if !vt.heldWellBy(t) {
			continue
		}
		if !slices.ContainsFunc(toks[:i], func(t text.Token) bool { return t.Norm == "if" && !q.norms[t.Norm] }) {
			return false
		}
		held = true
	}
	return held
}

// afterSaying reports whether the time word at i follows a verb of saying,
// with only the words that place it between ("said on Thursday", "announced
// last week"), and something said follows; or opens the sentence, and the
// first verb after it is one of saying ("On Wednesday, ahead of the
// chancellor's pre-Budget report, Baume told BBC News...").
func afterSaying(toks []text.Token, i int) bool {
	if i <= 3 {
		for k := i + 1; k < len(toks); k++ {
			if text.IsReportingVerb(toks[k].Norm) {
				return k+2 < len(toks)
			}
			if verbForm(toks[k]) {
				break
			}
		}
	}
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if text.IsReportingVerb(toks[k].Norm) {
			return i+2 < len(toks)
		}
		if !text.IsPreposition(toks[k].Norm) && !timeBefore[toks[k].Norm] && !text.IsStopword(toks[k].Norm) {
			return false
		}
	}
	return false
}

// verbUsedAsVerb reports whether the question's verb is one in its words: a
// verb's form ("announced"), or a bare verb after "did", "will" and the like
// ("When did Blair say it?"), not a noun ("the chancellor's pre-Budget
// report").
func (q question) verbUsedAsVerb() bool {
	if q.verbAt < 0 {
		return false
	}
	if verbForm(q.Toks[q.verbAt]) {
		return true
	}
	return slices.ContainsFunc(q.Toks[:q.verbAt], func(t text.Token) bool { return auxiliaries[t.Norm] && !beForms[t.Norm] })
}

// yearOnlyInAskedName reports whether the only time a fact gives is a year
// in the name of an entity the question gives: "Angus promised V Festival
// 2005 would not disappoint" says which festival, not when it is.
func yearOnlyInAskedName(q question, c *index.Doc, ix *index.Index) bool {
	toks := c.Tokens()
	if saysTimeButYear(c) || timedByEvent(c) || decadeRE.MatchString(c.Statement) {
		return false
	}
	inAsked := askedNameTokens(q, c, ix)
	years := 0
	for k, t := range toks {
		if yearRE.MatchString(t.Norm) {
			if !inAsked[k] {
				return false
			}
			years++
		}
	}
	return years > 0
}
