package claims

import (
	"github.com/factdesk/factdesk/facts/text"

	"strconv"
	"strings"
	"time"
)

// months maps English month names and their usual abbreviations to numbers.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
	"september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// weekdays maps English day names to time.Weekday.
var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// datePrepositions tie a bare year or an ambiguous month ("May", "March") to an event.
var datePrepositions = text.Set(`in on since by until till from through during before after early late mid last next this of throughout`)

// dateClaims finds dates: "Oct. 21, 2021", "21 October", "In May", "on Thursday",
// "in 2020". A year used as a label ("the 2022 Winter Olympics") is not a date
// claim: only a year after a preposition or in a full date is.
func (d *Draft) dateClaims() []Claim {
	var out []Claim
	used := make([]bool, len(d.Toks))
	for i := 0; i < len(d.Toks); i++ {
		if used[i] || d.InQuote(d.Toks[i].Start) {
			continue
		}
		if m := d.monthAt(i); m > 0 {
			c := d.monthClaim(i, m)
			for k := c.From; k < c.To; k++ {
				used[k] = true
			}
			out = append(out, c)
			continue
		}
		t := d.Toks[i]
		if i+1 < len(d.Toks) && strings.TrimSpace(d.gap(i+1)) == "," && d.monthAt(i+1) > 0 {
			continue // "Thursday, Oct. 21": the month's claim takes the weekday
		}
		if wd, ok := weekdays[t.Norm]; ok && t.Upper {
			c := d.claim(ClaimDate, i, i+1)
			c.Weekday = wd.String()
			used[i] = true
			out = append(out, c)
			continue
		}
		if y := yearOf(t.Norm); y > 0 && i > 0 && datePrepositions[d.Toks[i-1].Norm] && d.spaced(i) {
			c := d.claim(ClaimDate, i, i+1)
			c.Year = y
			used[i] = true
			out = append(out, c)
		}
	}
	return out
}

// monthAt returns the month named by token i, or 0. "May" and "March" are also
// ordinary words, and abbreviations are also other words, so they count only
// where a date is plainly meant.
func (d *Draft) monthAt(i int) int {
	t := d.Toks[i]
	m := months[t.Norm]
	if m == 0 || !t.Upper || t.Possessive {
		return 0 // "June's younger sister" is a person's
	}
	dotAfter := t.End < len(d.rs) && d.rs[t.End] == '.'
	numberAfter := i+1 < len(d.Toks) && (d.spaced(i+1) || strings.TrimSpace(d.gap(i+1)) == ".") && (dayOf(d.Toks[i+1].Norm) > 0 || yearOf(d.Toks[i+1].Norm) > 0)
	full := len(t.Norm) > 4 || t.Norm == "june" || t.Norm == "july"
	if !full && t.Norm != "may" {
		if dotAfter || numberAfter {
			return m
		}
		return 0
	}
	if t.Norm == "may" || t.Norm == "march" {
		prevPrep := i > 0 && datePrepositions[d.Toks[i-1].Norm] && (d.spaced(i) || d.gap(i) == "-")
		dayBefore := i > 0 && d.spaced(i) && dayOf(d.Toks[i-1].Norm) > 0 // "on 1 March"
		if !prevPrep && !numberAfter && !dayBefore {
			return 0
		}
	}
	return m
}

// monthClaim reads the date around a month name: weekday, day and year.
func (d *Draft) monthClaim(i, m int) Claim {
	from, to := i, i+1
	c := Claim{Kind: ClaimDate, Month: m}
	if to < len(d.Toks) && (d.spaced(to) || strings.TrimSpace(d.gap(to)) == ".") {
		if day := dayOf(d.Toks[to].Norm); day > 0 {
			c.Day = day
			to++
		}
	}
	if g := strings.TrimSpace(d.gap(to)); to < len(d.Toks) && (d.spaced(to) || g == "," || g == "." && c.Day == 0) {
		if y := yearOf(d.Toks[to].Norm); y > 0 {
			c.Year = y
			to++
		}
	}
	if c.Day == 0 && from > 0 && d.spaced(from) {
		if day := dayOf(d.Toks[from-1].Norm); day > 0 {
			c.Day = day
			from--
		}
	}
	if from > 0 && strings.TrimSpace(d.gap(from)) == "," {
		if wd, ok := weekdays[d.Toks[from-1].Norm]; ok {
			c.Weekday = wd.String()
			from--
		}
	}
	cl := d.claim(ClaimDate, from, to)
	cl.Month, cl.Day, cl.Year, cl.Weekday = c.Month, c.Day, c.Year, c.Weekday
	return cl
}

// dayOf reads a day of the month: "21", "21st"; 0 if it is not one.
func dayOf(n string) int {
	if d := text.OrdinalDigits(n); d != "" {
		n = d
	}
	v, err := strconv.Atoi(n)
	if err != nil || v < 1 || v > 31 {
		return 0
	}
	return v
}

// yearOf reads a plausible news year, 1900-2100; 0 if it is not one.
func yearOf(n string) int {
	if len(n) != 4 {
		return 0
	}
	v, err := strconv.Atoi(n)
	if err != nil || v < 1900 || v > 2100 {
		return 0
	}
	return v
}

// MayHoldDate reports whether text may hold a date claim (a month or weekday
// name, or a figure that may be a year or a day), without parsing it: most
// facts' statements hold none.
func MayHoldDate(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if _, ok := months[w]; ok {
			return true
		}
		if _, ok := weekdays[w]; ok {
			return true
		}
	}
	return false
}

// Dates are the date claims of text, as a draft's would be read.
func Dates(text string) []Claim {
	return Parse(text).dateClaims()
}

// CalendarWord reports whether a word (lower case) names a month or a day of the
// week: capitalised, yet no one's name.
func CalendarWord(norm string) bool {
	_, month := months[norm]
	_, day := weekdays[norm]
	return month || day
}
