package answer

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/factdesk/factdesk/facts/claims"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// onlyAges reports whether every figure a fact gives is someone's age ("The
// 30-year-old Campbell's current contract runs out in the summer", "his
// children Emily, 16, and Pelham, 14").
func onlyAges(c *index.Doc) bool {
	if c.Value != nil && !ageUnit(c.Unit) {
		return false
	}
	toks := c.Tokens()
	rs := []rune(c.Statement)
	ages := agesAt(toks)
	n := 0
	for i, t := range toks {
		if quantity(t) && !isYear(t, rs) {
			if !slices.Contains(ages, i) && !appositiveAge(c.Statement, toks, i) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// ageWords say a figure is someone's age.
var ageWords = text.Set(`aged age ages old year-old years-old`)

// agesAt lists the tokens of the ages a fact's words give: "Bellamy is 25",
// "who is only 25", "aged 73", "the 33-year-old", "Collins is 33 years old",
// "at the age of 72".
func agesAt(toks []text.Token) []int {
	var out []int
	adverb := func(t text.Token) bool {
		if text.IsStopword(t.Norm) {
			return !determiners[t.Norm] && !text.IsPreposition(t.Norm) // "only", "still"
		}
		return wordnet.PartsOfSpeech(t.Stem) == wordnet.Adverb
	}
	for i, t := range toks {
		if !unicode.IsDigit(rune(t.Norm[0])) && !(claims.IsNumberWord(t.Norm) && periodOld(toks, i+1)) {
			// An age in words only as "-year-old" ("Nineteen-year-old
			// Kenzie") or a span and "old": "when McFadden was two years
			// old", "adopted at four weeks old" are ages then.
			continue
		}
		near := func(k int) bool { return k >= 0 && k < len(toks) && ageWords[toks[k].Norm] }
		// "Bellamy is 25", "a centre-forward who is only 25": a form of
		// "be", an adverb between or none, and the figure ends the sentence.
		be := i > 0 && beForms[toks[i-1].Norm] || i > 1 && beForms[toks[i-2].Norm] && adverb(toks[i-1])
		if near(i-1) || near(i+1) || near(i-2) && toks[i-1].Norm == "of" || periodOld(toks, i+1) || be && (i == len(toks)-1 || toks[i+1].Norm == "when") {
			out = append(out, i)
		}
	}
	return out
}

// ageThen reports whether the age at token a is one at a time the fact
// tells ("when McFadden was two years old", "Pound was 18 when Lucy was
// conceived", "adopted at four weeks old", "by the age of 40"): not the age
// now that "How old is X?" asks.
func ageThen(toks []text.Token, a int) bool {
	end := a + 1
	if periodOld(toks, end) {
		end += 2
	}
	if end < len(toks) && toks[end].Norm == "when" {
		return true
	}
	for k := a - 1; k >= 0 && k >= a-4; k-- {
		if toks[k].Norm == "when" || toks[k].Norm == "at" || toks[k].Norm == "by" {
			return true
		}
	}
	return false
}

// ageThenIn is the first age a fact tells at a time it tells ("gave up
// ballet at the age of 11", "by the ages of 16 and 18", "became leader at
// 36"), "" for none: the age a question of an age then asks, which an age
// set after a name ("Gilbert, 23,") is not.
func ageThenIn(c *index.Doc) string {
	toks := c.Tokens()
	for _, a := range withAgeAtEvent(toks, agesAt(toks)) {
		if ageThen(toks, a) && !periodOld(toks, a+1) {
			return toks[a].Norm // "at four weeks old" leads with its span, as a figure does
		}
	}
	return ""
}

// withAgeAtEvent adds to ages the bare age told of an event at the end of
// the fact's words (see ageAtEvent), which only a question of an age then
// reads as one.
func withAgeAtEvent(toks []text.Token, ages []int) []int {
	if at := ageAtEvent(toks); at >= 0 && !slices.Contains(ages, at) {
		ages = append(ages, at)
	}
	return ages
}

// ageAtEvent is the token of a bare age told of an event, the fact's last
// word after "at" ("Hague became Leader of the Opposition at 36"), or -1.
// Only a question of an age then ("How old was Hague when he became
// leader?") reads it so: elsewhere "closed at 36" is a price.
func ageAtEvent(toks []text.Token) int {
	n := len(toks)
	if n < 3 || toks[n-2].Norm != "at" {
		return -1
	}
	if a, err := strconv.Atoi(toks[n-1].Norm); err != nil || a < 1 || a > 120 {
		return -1
	}
	return n - 1
}

// periodOld reports whether toks from i say a span of time and then "old"
// or "aged" ("years old", "four weeks old", and the compound "-year-old",
// which the tokens split).
func periodOld(toks []text.Token, i int) bool {
	return i+1 < len(toks) && wordnet.Marked(toks[i].Norm, toks[i].Stem, wordnet.TimePeriod) && ageWords[toks[i+1].Norm]
}

// statesAgeOf reports whether a fact gives the age of the one the question
// asks about: "How old is Ferguson?" is not answered by "his fiancee
// Annabella Holmes, 47". A name the question gives as an owner ("How old is
// Ferguson's fiancee?") is not the one asked about; when it names no one
// else, any age the fact gives will do.
func statesAgeOf(q question, c *index.Doc, ix *index.Index) bool {
	var asked []string
	for _, e := range q.Entities {
		if !q.Toks[e.To-1].Possessive {
			asked = append(asked, e.IDs...)
		}
	}
	toks := c.Tokens()
	isAsked := func(m index.Mention) bool {
		return slices.ContainsFunc(m.IDs, func(id string) bool { return slices.Contains(asked, id) })
	}
	ages := agesAt(toks)
	if q.howOldNow {
		ages = slices.DeleteFunc(ages, func(a int) bool { return ageThen(toks, a) })
	} else {
		ages = withAgeAtEvent(toks, ages)
	}
	if len(ages) > 0 {
		// An age told before the one asked about is named is someone
		// else's ("A 29-year-old nurse found Ferguson") unless it is told
		// of the name itself ("The 30-year-old Campbell": see ageBefore).
		// Where the words do not name them, it is theirs: "The
		// 33-year-old was banned".
		before, named := false, false
		for _, m := range c.Mentions(ix.Names) {
			if isAsked(m) {
				named = true
				before = before || m.From < ages[len(ages)-1] || slices.ContainsFunc(ages, func(a int) bool { return ageBefore(toks, a, m.From) })
			}
		}
		if before || !named {
			return true
		}
	}
	for _, m := range c.Mentions(ix.Names) {
		if m.To < len(toks) && appositiveAge(c.Statement, toks, m.To) && (len(asked) == 0 || isAsked(m)) {
			return true
		}
	}
	// "How old is Pelham?", of no entity: "Emily, 16, and Pelham, 14".
	return len(asked) == 0 && appositiveAgeOf(q, c) != ""
}

// ageBefore reports whether the age at token a is that of the name at token
// at, told before it as news copy does: "The 30-year-old Campbell's
// contract", "17-year-old Italian striker Arturo Lupoli"; not "A 29-year-old
// nurse found Ferguson". Between the age and the name stand only capitalised
// words and words for a person ("striker"), no more than three.
func ageBefore(toks []text.Token, a, at int) bool {
	end := a + 1
	if end+1 < len(toks) && (toks[end].Norm == "year" || toks[end].Norm == "years") && toks[end+1].Norm == "old" {
		end += 2
	}
	if at < end || at-end > 3 {
		return false
	}
	for _, t := range toks[end:at] {
		if !t.Upper && !wordnet.Marked(t.Norm, t.Stem, wordnet.People) {
			return false
		}
	}
	return true
}

// appositiveAge reports whether token i begins an age as news copy gives
// one, set off by commas after a name: "Michael Ferguson, 36, escaped", "his
// fiancee Annabella Holmes, 47, whom he met", "Hague, who is 43, told".
func appositiveAge(statement string, toks []text.Token, i int) bool {
	if i == 0 || i >= len(toks) || !toks[i-1].Upper {
		return false
	}
	rs := []rune(statement)
	if strings.TrimSpace(string(rs[toks[i-1].End:toks[i].Start])) != "," {
		return false
	}
	if i+2 < len(toks) && toks[i].Norm == "who" && beForms[toks[i+1].Norm] {
		i += 2 // "Hague, who is 43, told the Telegraph"
	}
	if len(toks[i].Norm) > 3 {
		return false
	}
	if n, err := strconv.Atoi(toks[i].Norm); err != nil || n > 120 {
		return false
	}
	after := strings.TrimSpace(string(rs[toks[i].End:]))
	return after == "" || strings.HasPrefix(after, ",") || strings.HasPrefix(after, ".")
}

// appositiveAgeOf is the age a fact gives right after a name the question
// asks the age of ("How old is Pelham?": 14 of "Pound's children Emily, 16,
// and Pelham, 14"), or "".
func appositiveAgeOf(q question, c *index.Doc) string {
	toks := c.Tokens()
	for i, t := range toks[:max(0, len(toks)-1)] {
		if !t.Upper || !q.norms[t.Norm] || !appositiveAge(c.Statement, toks, i+1) {
			continue
		}
		k := i + 1
		if toks[k].Norm == "who" {
			k += 2 // "Hague, who is 43"
		}
		return toks[k].Norm
	}
	return ""
}
