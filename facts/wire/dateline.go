package wire

import (
	"fmt"
	"strings"
	"time"
)

// DatelineDate is the date a wire story's dateline gives, such as "June 4" or
// "Oct. 21, 2021". Wire copy often leaves out the year.
type DatelineDate struct {
	Text  string // as the dateline writes it
	Year  int    // 0 when the dateline gives no year
	Month time.Month
	Day   int
}

// Full is the date as YYYY-MM-DD, or "" when the dateline gives no year.
func (d DatelineDate) Full() string {
	if d.Year == 0 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Dateline returns the date the article's dateline gives ("HARBOR CITY, June 4
// (Coastline Wire) - ..."), and false when it has no dateline or its dateline
// gives no date.
func Dateline(article string) (DatelineDate, bool) {
	_, _, dateline, _ := splitArticle(article)
	return parseDatelineDate(dateline)
}

// datelineLayouts are the ways datelines write dates, after commas and full
// stops are dropped: "June 4, 2024", "Oct. 21", "4 June 2024", "2024-06-04".
var datelineLayouts = []string{
	"January 2 2006", "Jan 2 2006", "2 January 2006", "2 Jan 2006", "2006-01-02",
	"January 2", "Jan 2", "2 January", "2 Jan",
}

// parseDatelineDate reads the date in the part of a dateline after the place,
// leaving out a weekday and ordinal suffixes ("Tuesday, June 4th").
func parseDatelineDate(s string) (DatelineDate, bool) {
	text := strings.TrimSpace(s)
	words := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(text))
	if len(words) > 0 {
		if _, err := time.Parse("Monday", words[0]); err == nil {
			words = words[1:]
		} else if _, err := time.Parse("Mon", words[0]); err == nil {
			words = words[1:]
		}
	}
	for i, w := range words {
		if strings.EqualFold(w, "sept") {
			words[i] = "Sep"
		}
		for _, suf := range []string{"st", "nd", "rd", "th"} {
			if n := strings.TrimSuffix(strings.ToLower(w), suf); n != strings.ToLower(w) && n != "" && strings.Trim(n, "0123456789") == "" {
				words[i] = n
			}
		}
	}
	joined := strings.Join(words, " ")
	for _, layout := range datelineLayouts {
		t, err := time.Parse(layout, joined)
		if err != nil {
			continue
		}
		d := DatelineDate{Text: text, Month: t.Month(), Day: t.Day()}
		if strings.Contains(layout, "2006") {
			d.Year = t.Year()
		}
		return d, true
	}
	return DatelineDate{}, false
}
