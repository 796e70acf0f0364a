package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// onlyDurations reports whether every figure a fact gives is a stretch of
// time ("a code valid for 60 seconds", "for three months") or a place in an
// order ("three weeks at number one"). "How much does
// AOL charge a month?" asks an amount, not how long: such a fact does not
// give it, unless the question counts time itself ("How much time...?") or
// the duration goes with one of the question's verbs ("By how much did
// delays grow?": "grew by three months").
func onlyDurations(q question, c *index.Doc) bool {
	if slices.ContainsFunc(q.counted, func(t qterm) bool { return wordnet.Marked(t.Text, t.Alts[0].Stem, wordnet.TimePeriod) }) {
		return false
	}
	rs := []rune(c.Statement) // spans count runes
	return everyFigure(c, func(cl claims.Claim) bool {
		return isDuration(cl) || placeInOrder(rs, cl)
	}) && !figureOfVerb(q, c)
}

// figureOfVerb reports whether a figure of the fact goes with a word of the
// question: it stands just after a verb the question says ("grew by three
// months" for "By how much did average delays grow?").
func figureOfVerb(q question, c *index.Doc) bool {
	toks := c.Tokens()
	for i, t := range toks {
		if !quantity(t) {
			continue
		}
		v := figureVerb(toks, i)
		if v >= 0 && slices.ContainsFunc(q.Terms, func(qt qterm) bool { return qt.heldWellBy(toks[v]) }) {
			return true
		}
	}
	return false
}

// statesFrequency reports whether a fact says how often something happens:
// "every month", "each year", "per week", "every two years", "twice a year",
// "three times a week", "weekly". "How often do users need to renew their
// licence?" is answered by "every month".
func statesFrequency(c *index.Doc) bool {
	toks := c.Tokens()
	for i, t := range toks {
		if everyPeriod(t) {
			return true
		}
		if i+1 >= len(toks) {
			continue
		}
		if frequencyWords[t.Norm] {
			k := i + 1
			for k < len(toks) && (quantity(toks[k]) || toks[k].Norm == "and" || toks[k].Norm == "a") {
				k++ // "every five and a half months"
			}
			if k < len(toks) && timeNoun(toks[k]) {
				return true
			}
		}
		if k := timesAt(toks, i); k > i && k+1 < len(toks) && (perPeriod[toks[k].Norm] || frequencyWords[toks[k].Norm]) && timeNoun(toks[k+1]) {
			return true
		}
	}
	return false
}

// timesAt is the index just past a count of times starting at i ("once",
// "twice", "three times", "the 13th time"), or i when none starts there.
func timesAt(toks []text.Token, i int) int {
	switch {
	case onceWords[toks[i].Norm]:
		return i + 1
	case i+1 < len(toks) && (quantity(toks[i]) || toks[i].Norm == "one") && toks[i+1].Norm == "times",
		i+1 < len(toks) && ordinal(toks[i].Norm) && toks[i+1].Norm == "time":
		return i + 2
	}
	return i
}

// onceWords count times in one word; perPeriod make a count of times a rate
// ("twice a year").
var (
	onceWords = text.Set(`once twice thrice`)
	perPeriod = text.Set(`a an`)
)

// everyPeriod reports whether a word says "every" of a stretch of time by
// its form: "-ly" made of a stretch of time ("weekly", "nightly", "daily",
// a form of "day"), as "report daily to a police station" says how often.
func everyPeriod(t text.Token) bool { return periodOf(t) != "" }

// periodOf is the stretch of time an "-ly" word says "every" of ("day" of
// "daily"), "" for none.
func periodOf(t text.Token) string {
	if !strings.HasSuffix(t.Norm, "ly") || t.Upper {
		return ""
	}
	base := strings.TrimSuffix(t.Norm, "ly")
	if strings.HasSuffix(base, "i") {
		base = strings.TrimSuffix(base, "i") + "y" // "daily": "day"
	}
	if !wordnet.Marked(base, text.Stem(base), wordnet.TimePeriod) {
		return ""
	}
	return base
}

// frequencyWords place a stretch of time as a frequency: "every month".
var frequencyWords = text.Set(`every each per`)

// roughCounts say a number of units without a figure: "several months",
// "a few quarters". Not "a": "a week" is as often "once a week".
var roughCounts = text.Set(`several few couple many`)

// statesRoughDuration reports whether a fact gives a stretch of time without
// a figure ("could take several months", "within a few quarters", "in limbo
// for a year", "worked on all week", "a week-long tour"): it answers how
// long, roughly. "a" is a stretch only after a preposition that measures one
// ("for a year", not "once a week") or before "of" after no preposition ("a
// year of anger management counselling", not "within a week of his
// release").
func statesRoughDuration(c *index.Doc) bool {
	toks := c.Tokens()
	rs := []rune(c.Statement)
	for i := 1; i < len(toks); i++ {
		if !wordnet.Marked(toks[i].Norm, toks[i].Stem, wordnet.TimePeriod) {
			continue
		}
		p := toks[i-1].Norm
		if i+1 < len(toks) && toks[i+1].Norm == "long" && hyphenBetween(rs, toks[i], toks[i+1]) {
			return true // "a week-long tour"
		}
		if roughCounts[p] || p == "all" || (p == "a" || p == "an") && (i > 1 && (measuringPrepositions[toks[i-2].Norm] || toks[i-2].Norm == "than") || i+1 < len(toks) && toks[i+1].Norm == "of" && !(i > 1 && text.IsPreposition(toks[i-2].Norm))) {
			return true
		}
	}
	return false
}

// onlyHeadcounts reports whether every figure a fact gives counts things
// one by one ("two sides", "three weeks"), none a sum, a share, a multiple
// ("six times as much") or a measure: "How much...?" asks an amount, which
// no such count is.
func onlyHeadcounts(c *index.Doc) bool {
	return everyFigure(c, func(cl claims.Claim) bool {
		return countOfThing(cl) && (strings.HasSuffix(cl.Unit, "s") || text.IsIrregularPlural(cl.Unit))
	})
}

// countOfThing reports whether a figure counts things of a kind ("one
// cafe", "two sides"), and is no sum, share, multiple or measure.
func countOfThing(cl claims.Claim) bool {
	if cl.Unit == "" || cl.Unit == "percent" || cl.Unit == "times" || claims.IsMoney(cl.Unit) {
		return false
	}
	u := text.StemPhrase(cl.Unit)
	unit := strings.ToLower(cl.Unit)
	return !wordnet.Marked(unit, u, wordnet.Measure) && !wordnet.Marked(unit, u, wordnet.Money) && !wordnet.Marked(unit, u, wordnet.Monetary)
}

// placeInOrder reports whether a figure of a statement (its runes) is a
// place in an order, not an amount: "number one" ("spent three weeks at
// number one").
func placeInOrder(rs []rune, cl claims.Claim) bool {
	before := strings.Fields(string(rs[:min(cl.Start, len(rs))]))
	return len(before) > 0 && strings.EqualFold(before[len(before)-1], "number")
}

// givesDuration reports whether a fact gives a stretch of time, with a figure
// ("over four years") or without ("several months").
func givesDuration(c *index.Doc) bool {
	return slices.ContainsFunc(c.Figures(), func(cl claims.Claim) bool { return isDuration(cl) && !ageFigure(c, cl) }) || statesRoughDuration(c)
}

// ageFigure reports whether a figure of the fact is someone's age ("the
// 26-year-old Bryan twins"): a span of years, but not how long anything took.
func ageFigure(c *index.Doc, cl claims.Claim) bool {
	toks := c.Tokens()
	return slices.ContainsFunc(agesAt(toks), func(i int) bool { return toks[i].Start >= cl.Start && toks[i].Start < cl.End })
}

// durationVerb reports whether a how-long question's word is a verb so
// common it says only that time passes ("take", "last", "go on"): a fact
// that gives a stretch of time says it, in whatever words ("Doom 3 was
// developed over four years" for "How long did Doom 3 take to develop?").
func durationVerb(q question, t qterm) bool {
	return q.howLong && canBeVerb(q.Toks[t.At]) && saysLittle(t.Alts[0].Stem)
}

// onlyBareFigures reports whether every figure a fact gives counts nothing
// it says ("the 800m and 1500m", read as numbers alone): "How long will
// Holmes be out?" asks a stretch of time, which a number of nothing is not.
func onlyBareFigures(c *index.Doc) bool {
	return everyFigure(c, func(cl claims.Claim) bool { return cl.Unit == "" })
}

// countsTimes reports whether a fact counts times ("has won it five times",
// "twice", "only the second time in 20 years"), which answers a "How
// often...?" asking how many.
func countsTimes(c *index.Doc) bool {
	toks := c.Tokens()
	for i := range toks {
		if timesAt(toks, i) > i {
			return true
		}
	}
	return false
}

// onlyDayOn reports whether every figure a fact gives is a day of a month
// after "on" ("ended on 2 February"): a point in time, where "from 11 to 26
// March" or "until 2 February" gives a stretch of it.
func onlyDayOn(c *index.Doc) bool {
	if len(c.Figures()) > 0 {
		return false
	}
	toks := c.Tokens()
	days := 0
	for i, t := range toks {
		if !quantity(t) {
			continue
		}
		if i == 0 || i+1 == len(toks) || toks[i-1].Norm != "on" || !monthNames[toks[i+1].Norm] {
			return false
		}
		days++
	}
	return days > 0
}
