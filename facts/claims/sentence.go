package claims

import (
	"github.com/factdesk/factdesk/facts/text"

	"strings"
	"unicode"
)

// abbreviations end with a dot that does not end a sentence ("Oct. 21", "Mr. Zhang").
var abbreviations = text.Set(`mr mrs ms dr st jan feb mar apr jun jul aug sep sept oct nov dec gen sen rep reps gov lt col capt sgt
prof inc corp co ltd jr sr vs no mt ft ave etc approx dept est fig pres amb sec`)

// sentenceStarters are words that begin a new sentence even after an abbreviation:
// "... at the U.N. The group ..." ends a sentence; "U.N. General Assembly" does not.
var sentenceStarters = text.Set(`the a an in it he she they we but and on at this that its his her their there as after
before when while last meanwhile however i you our some many most one two three four five`)

// SplitSentences cuts text into sentences at ., ! or ? followed by a capital, a
// digit or a quotation, and at blank lines; abbreviations and initials do not end
// one unless a typical sentence opener follows.
func SplitSentences(rs []rune) []Span {
	var out []Span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && unicode.IsSpace(rs[s]) {
			s++
		}
		for e > s && unicode.IsSpace(rs[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Span{Text: string(rs[s:e]), Start: s, End: e})
		}
		start = end
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '\n' && i+1 < len(rs) && blankLineAt(rs, i) {
			emit(i)
			continue
		}
		if r != '.' && r != '!' && r != '?' {
			continue
		}
		end := i + 1
		for end < len(rs) && strings.ContainsRune("\"'\u201d\u2019)]", rs[end]) {
			end++
		}
		if end >= len(rs) {
			continue
		}
		if !unicode.IsSpace(rs[end]) {
			continue
		}
		next := end
		for next < len(rs) && unicode.IsSpace(rs[next]) {
			next++
		}
		if next >= len(rs) {
			continue
		}
		n := rs[next]
		if !unicode.IsUpper(n) && !unicode.IsDigit(n) && !strings.ContainsRune("\"\u201c\u2018'(", n) {
			continue
		}
		if r == '.' && end == i+1 && isAbbreviationBefore(rs, i) && !strings.ContainsRune(string(rs[end:next]), '\n') {
			// A line break after it ends the sentence: "... at the U.N.\nAbout 45".
			if unicode.IsDigit(n) || !sentenceStarters[strings.ToLower(wordAt(rs, next))] {
				continue
			}
		}
		emit(end)
	}
	emit(len(rs))
	return out
}

// blankLineAt reports whether the newline at i is followed by another newline
// with only spaces between: a paragraph break.
func blankLineAt(rs []rune, i int) bool {
	for j := i + 1; j < len(rs); j++ {
		switch {
		case rs[j] == '\n':
			return true
		case !unicode.IsSpace(rs[j]):
			return false
		}
	}
	return false
}

// isAbbreviationBefore reports whether the dot at i ends an abbreviation or an
// initial: "Oct.", "U.N.", "J.".
func isAbbreviationBefore(rs []rune, i int) bool {
	j := i
	for j > 0 && (unicode.IsLetter(rs[j-1]) || rs[j-1] == '.') {
		j--
	}
	w := string(rs[j:i])
	if w == "" || j > 0 && unicode.IsDigit(rs[j-1]) {
		return false // "$360m. Looking ahead": a figure's scale, not an initial
	}
	if strings.Contains(w, ".") || len([]rune(w)) == 1 {
		return true
	}
	return abbreviations[strings.ToLower(w)]
}

// wordAt returns the letters starting at i.
func wordAt(rs []rune, i int) string {
	j := i
	for j < len(rs) && unicode.IsLetter(rs[j]) {
		j++
	}
	return string(rs[i:j])
}
