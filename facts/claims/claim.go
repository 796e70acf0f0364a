// Package claims reads the checkable claims in English news prose: figures with
// what they count, quotations with who is credited, people with their titles,
// dates and names, each with its offsets in the text. It needs no knowledge
// base, so the draft check and story drafting read prose the same way.
package claims

import (
	"github.com/factdesk/factdesk/facts/text"

	"slices"
	"sort"
	"strings"
)

// Claim kinds: what ExtractClaims finds in news prose.
const (
	ClaimNumber = "number" // a count or amount with what it counts: "43 countries"
	ClaimQuote  = "quote"  // words in quotation marks, with who said them when the draft says
	ClaimPerson = "person" // a person named with a title or role: "Zhang Jun, China's U.N. ambassador"
	ClaimDate   = "date"   // a month, day, weekday or year tied to an event: "In May, ..."
	ClaimName   = "name"   // a proper name of two or more words, or one written in capitals
	ClaimSaid   = "said"   // reported speech without quotation marks: "Roth said the statement was significant"
)

// Span is a stretch of a text. Start and End are offsets in Unicode code points,
// End exclusive, so they index the text the same way in Go, JavaScript and Python
// (after decoding).
type Span struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Claim is one checkable statement in a draft: a number with what it counts, a
// quotation with its attribution, a person with a title, a date, or a name. The
// embedded Span is the claim's own words; the other spans point at its parts.
// Claims are found without the knowledge base, so any tool (the check, a story
// drafter) can reuse them.
type Claim struct {
	Kind string `json:"kind"`
	Span
	Sentence Span `json:"sentence"`

	// Numbers. Value is the figure as written ("hundreds of thousands": 200000);
	// Low and High bound what the words allow ("more than 40": Low 40, High 0
	// meaning no upper bound). Unit is the counted noun as written.
	Value     float64 `json:"value,omitempty"`
	Low       float64 `json:"low,omitempty"`
	High      float64 `json:"high,omitempty"`
	Qualifier string  `json:"qualifier,omitempty"` // "more than", "about", "nearly", ...
	Unit      string  `json:"unit,omitempty"`
	// Part is set when the figure counts a part of what follows "of" ("23 of
	// the 30 projects"): not the whole's number.
	Part bool `json:"part,omitempty"`
	// Ordinal is set for a place in an order ("the 43rd minute"), whose
	// Value is the place.
	Ordinal bool `json:"ordinal,omitempty"`
	// Scores: each pair of a result, in order ("6-3 6-2").
	Scores [][2]int `json:"scores,omitempty"`

	// Quotes. Quote is the quoted words; Speaker is who the draft says said them,
	// when it says ("Zhang", "the French ambassador"); pronouns are left out.
	Quote   string `json:"quote,omitempty"`
	Speaker *Span  `json:"speaker,omitempty"`
	// Reported speech: Content is what the draft says the speaker said.
	Content *Span `json:"content,omitempty"`

	// People with titles: Name is the person, Title the role given to them.
	Name  *Span `json:"name,omitempty"`
	Title *Span `json:"title,omitempty"`

	// Dates: whichever parts the draft gives; zero when not given.
	Year    int    `json:"year,omitempty"`
	Month   int    `json:"month,omitempty"`
	Day     int    `json:"day,omitempty"`
	Weekday string `json:"weekday,omitempty"`

	// toks are the claim's token indexes in the draft, From..To exclusive.
	From, To int `json:"-"`
}

// Extract finds the checkable claims in English news prose, in text order.
func Extract(text string) []Claim {
	return Parse(text).Claims()
}

// Claims runs every extractor. Dates and scores come before numbers so a day,
// a year or a result is not read as a count, and nothing inside a quotation is read as the draft's own claim
// except the quotation itself.
func (d *Draft) Claims() []Claim {
	var out []Claim
	out = append(out, d.quoteClaims()...)
	dates := d.dateClaims()
	out = append(out, dates...)
	scores := d.scoreClaims()
	out = append(out, scores...)
	out = append(out, d.numberClaims(append(slices.Clip(dates), scores...))...)
	out = append(out, d.personClaims()...)
	out = append(out, d.nameClaims()...)
	out = append(out, d.saidClaims()...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	return out
}

// Draft is a text prepared for claim extraction: its runes, words, sentences and
// quotations.
type Draft struct {
	text    string
	rs      []rune
	Toks    []text.Token
	sents   []Span
	tokSent []int // sentence index of each token
	quotes  []quoteMarks
}

func Parse(src string) *Draft {
	d := &Draft{text: src, rs: []rune(src)}
	d.Toks = text.Tokenize(src)
	d.sents = SplitSentences(d.rs)
	d.tokSent = make([]int, len(d.Toks))
	s := 0
	for i, t := range d.Toks {
		for s+1 < len(d.sents) && t.Start >= d.sents[s+1].Start {
			s++
		}
		d.tokSent[i] = s
	}
	d.quotes = findQuotes(d.rs)
	return d
}

// Span returns the text between rune offsets start and end.
func (d *Draft) Span(start, end int) Span {
	start = max(start, 0)
	end = min(end, len(d.rs))
	if end < start {
		end = start
	}
	return Span{Text: string(d.rs[start:end]), Start: start, End: end}
}

// TokSpan returns the text of tokens from..to (exclusive).
func (d *Draft) TokSpan(from, to int) Span {
	if from >= to || from < 0 || to > len(d.Toks) {
		return Span{}
	}
	return d.Span(d.Toks[from].Start, d.Toks[to-1].End)
}

// gap is the raw text between token i-1 and token i ("" before the first).
func (d *Draft) gap(i int) string {
	if i <= 0 || i >= len(d.Toks) {
		return ""
	}
	return string(d.rs[d.Toks[i-1].End:d.Toks[i].Start])
}

// spaced reports whether tokens i-1 and i are separated by white space only.
func (d *Draft) spaced(i int) bool {
	return strings.TrimSpace(d.gap(i)) == "" && d.gap(i) != ""
}

// SentenceTokens lists each sentence's tokens as [from, to) token indexes, in
// order.
func (d *Draft) SentenceTokens() [][2]int {
	var out [][2]int
	for i := range d.Toks {
		if i == 0 || d.tokSent[i] != d.tokSent[i-1] {
			out = append(out, [2]int{i, i + 1})
		} else {
			out[len(out)-1][1] = i + 1
		}
	}
	return out
}

// SameSentence reports whether tokens i and j are in one sentence.
func (d *Draft) SameSentence(i, j int) bool {
	return i >= 0 && j >= 0 && i < len(d.Toks) && j < len(d.Toks) && d.tokSent[i] == d.tokSent[j]
}

func (d *Draft) sentenceOf(tok int) Span {
	if tok < 0 || tok >= len(d.Toks) || len(d.sents) == 0 {
		return Span{}
	}
	return d.sents[d.tokSent[tok]]
}

// InQuote reports whether rune offset at lies inside a quotation.
func (d *Draft) InQuote(at int) bool {
	for _, q := range d.quotes {
		if at >= q.open && at < q.close {
			return true
		}
	}
	return false
}

// tokenAt returns the index of the first token starting at or after rune offset at.
func (d *Draft) tokenAt(at int) int {
	return sort.Search(len(d.Toks), func(i int) bool { return d.Toks[i].Start >= at })
}

// claim builds a claim over tokens from..to.
func (d *Draft) claim(kind string, from, to int) Claim {
	return Claim{Kind: kind, Span: d.TokSpan(from, to), Sentence: d.sentenceOf(from), From: from, To: to}
}
