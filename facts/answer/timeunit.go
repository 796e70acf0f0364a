package answer

import (
	"regexp"
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// askedTimeUnit is the unit of time a when-question names after "what" or
// "which" ("On what day...?", "In which year...?", "What time...?"): "day",
// "month", "year", "time", or "" when it names none ("When...?").
func askedTimeUnit(toks []text.Token) string {
	i := whatAt(toks)
	if i < 0 || i+1 == len(toks) {
		return ""
	}
	switch toks[i+1].Norm {
	case "day", "date":
		return "day"
	case "month":
		return "month"
	case "year":
		return "year"
	case "time":
		return "time"
	}
	return ""
}

// givesTimeUnit reports whether a fact gives a time as precise as the unit a
// when-question asks: "On what day did England lose?" is not answered by
// "in this year's tournament", a year, nor "In what month...?" by "on
// Sunday". A fact's curated date gives the units it is written to.
func givesTimeUnit(unit string, c *index.Doc) bool {
	toks := c.Tokens()
	switch unit {
	case "day":
		return len(c.Date) == len("2006-01-02") || slices.ContainsFunc(toks, namesDay) || dayOfMonth(toks)
	case "month":
		return len(c.Date) >= len("2006-01") || namesMonth(c) && slices.ContainsFunc(toks, func(t text.Token) bool { return monthNames[t.Norm] && !t.Possessive })
	case "year":
		return c.Date != "" || yearRE.MatchString(c.Statement) || slices.ContainsFunc(toks, func(t text.Token) bool { return t.Norm == "year" })
	case "time":
		return givesClockTime(toks)
	}
	return true
}

// givesClockTime reports whether a fact gives a time of day or a time a
// race was run in: "at 1830 GMT", "7.30pm", "at noon", "the 2300 slot" (no
// year), "46.68 seconds", "9:05.73". "What time...?" asks one of them, never
// a day, a month or a season ("earlier this season").
func givesClockTime(toks []text.Token) bool {
	return clockTime(toks) || slices.ContainsFunc(toks, func(t text.Token) bool {
		return t.Norm == "noon" || t.Norm == "midnight" || raceTimeRE.MatchString(t.Norm) ||
			len(t.Norm) == 4 && hourRE.MatchString(t.Norm) && !yearRE.MatchString(t.Norm)
	})
}

// raceTimeRE is a time run: seconds to the hundredth ("46.68"), or minutes
// and seconds ("9:05.73", "2:08").
var raceTimeRE = regexp.MustCompile(`^\d{1,3}\.\d\d$|^\d{1,2}:[0-5]\d(\.\d+)?$`)

// dayWords name a day: the days of the week, and the days beside today.
var dayWords = text.Set(days + " tomorrow")

// namesDay reports whether a word names a day, or every such day: "on
// Thursdays" says which day a weekly show is on.
func namesDay(t text.Token) bool {
	return dayWords[t.Norm] || dayWords[strings.TrimSuffix(t.Norm, "s")]
}

// dayOfMonth reports whether words give a day of a month: a number beside a
// month's name ("14 January", "January 14").
func dayOfMonth(toks []text.Token) bool {
	for i, t := range toks {
		if !monthNames[t.Norm] {
			continue
		}
		if i > 0 && isDayNumber(toks[i-1].Norm) || i+1 < len(toks) && isDayNumber(toks[i+1].Norm) {
			return true
		}
	}
	return false
}

// isDayNumber reports whether a word is a day of a month: 1 to 31, or 1st to
// 31st.
func isDayNumber(norm string) bool {
	n := norm
	if d := text.OrdinalDigits(norm); d != "" {
		n = d
	}
	return len(n) <= 2 && text.DigitsOnly(n) && n != "0" && n != "00" && (len(n) == 1 || n <= "31")
}
