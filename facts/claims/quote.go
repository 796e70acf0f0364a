package claims

import (
	"github.com/factdesk/factdesk/facts/text"

	"strings"
	"unicode"
)

// quoteMarks are the positions of an opening and a closing quotation mark.
type quoteMarks struct{ open, close int }

// pronouns stand for a speaker named elsewhere; an attribution to one is left
// unresolved rather than guessed.
var pronouns = text.Set(`he she they it we i you his her their its one`)

// findQuotes pairs quotation marks: curly “...” and straight "...". A straight
// mark opens after a space or the start and closes after a non-space; an opening
// left without its close by the end of a paragraph is dropped.
func findQuotes(rs []rune) []quoteMarks {
	var out []quoteMarks
	open := -1
	for i, r := range rs {
		switch {
		case open >= 0 && r == '\n' && blankLineAt(rs, i):
			open = -1
		case open < 0 && (r == '\u201c' || r == '"' && (i == 0 || !text.IsWordRune(rs[i-1]) && rs[i-1] != '.' && rs[i-1] != ',')):
			open = i
		case open >= 0 && (r == '\u201d' || r == '"') && i > open+1:
			out = append(out, quoteMarks{open: open, close: i})
			open = -1
		case open >= 0 && r == '\u201c':
			open = i // an opening mark without a close before it: start again here
		}
	}
	return out
}

// quoteClaims returns each quotation with who the draft says said it.
func (d *Draft) quoteClaims() []Claim {
	var out []Claim
	for qi, q := range d.quotes {
		inner := d.Span(q.open+1, q.close)
		s, e := inner.Start, inner.End
		for s < e && (unicode.IsSpace(d.rs[s]) || unicode.IsPunct(d.rs[s])) {
			s++
		}
		for e > s && (unicode.IsSpace(d.rs[e-1]) || strings.ContainsRune(",.;:!? \u2026", d.rs[e-1])) {
			e--
		}
		if e <= s {
			continue
		}
		from, to := d.tokenAt(s), d.tokenAt(e)
		if from >= to {
			continue
		}
		c := Claim{Kind: ClaimQuote, Span: d.Span(s, e), From: from, To: to}
		c.Quote = c.Text
		c.Sentence = d.sentenceOf(from)
		prevClose := -1
		if qi > 0 {
			prevClose = d.quotes[qi-1].close
		}
		c.Speaker = d.attribution(q, prevClose)
		out = append(out, c)
	}
	return out
}

// attribution finds who a quotation is attributed to: after it ("...," Zhang
// said / said Zhang), before it (Zhang said: "..."), or "according to" in its
// sentence. A pronoun gives no speaker.
func (d *Draft) attribution(q quoteMarks, prevClose int) *Span {
	if sp, ok := d.attributionAfter(q.close); ok {
		return sp
	}
	if sp, ok := d.attributionBefore(q.open, prevClose); ok {
		return sp
	}
	return nil
}

// attributionAfter reads `"...," Zhang Jun said` and `"...," said Zhang Jun`.
func (d *Draft) attributionAfter(close int) (*Span, bool) {
	k := d.tokenAt(close + 1)
	if k >= len(d.Toks) {
		return nil, false
	}
	gap := string(d.rs[close+1 : d.Toks[k].Start])
	if g := strings.TrimSpace(gap); g != "" && g != "," && g != "\u2014" || strings.Contains(gap, "\n") {
		return nil, false
	}
	// A quotation closed with a full stop ends its sentence: what follows is not
	// its attribution. After ? or ! the attribution comes at once ("he asked").
	last := close - 1
	for last > 0 && unicode.IsSpace(d.rs[last]) {
		last--
	}
	maxVerbAt := 9
	switch d.rs[last] {
	case '.':
		return nil, false
	case '?', '!':
		maxVerbAt = 3
	}
	end := k
	for end < len(d.Toks) && end-k < 14 && (end == k || !breaksClause(d.gap(end))) {
		end++
	}
	for v := k; v < end && v-k <= maxVerbAt; v++ {
		if !text.IsReportingVerb(d.Toks[v].Norm) {
			continue
		}
		if d.Toks[v].Norm == "according" {
			if v+1 < end && d.Toks[v+1].Norm == "to" {
				v++
			}
			return d.speakerAfter(v+1, end), true
		}
		if v == k {
			return d.speakerAfter(v+1, end), true
		}
		return d.speakerRegion(k, v), true
	}
	return nil, false
}

// attributionBefore reads `Zhang said: "..."` and `according to Zhang, "..."`.
func (d *Draft) attributionBefore(open, prevClose int) (*Span, bool) {
	k := d.tokenAt(open) // first token of the quotation
	if k == 0 {
		return nil, false
	}
	last := k - 1
	if d.Toks[last].End <= prevClose || strings.ContainsAny(string(d.rs[d.Toks[last].End:open]), ".!?") {
		return nil, false
	}
	sentStart := d.sents[d.tokSent[last]].Start
	first := last
	for first > 0 && d.Toks[first-1].Start >= sentStart && d.Toks[first-1].Start > prevClose && last-first < 16 {
		first--
	}
	// "according to X, ..." anywhere before the quotation.
	for v := first; v < last; v++ {
		if d.Toks[v].Norm == "according" && d.Toks[v+1].Norm == "to" {
			end := v + 2
			for end <= last && (end == v+2 || !breaksClause(d.gap(end))) {
				end++
			}
			return d.speakerAfter(v+2, end), true
		}
	}
	// The verb is among the last words before the quotation: said / told reporters / said that.
	for v := last; v >= first && last-v <= 3; v-- {
		if text.IsReportingVerb(d.Toks[v].Norm) && d.Toks[v].Norm != "according" {
			return d.speakerRegion(first, v), true
		}
	}
	return nil, false
}

// speakerAfter is the speaker named after a verb, up to a comma: "said Zhang
// Jun, China's envoy" names Zhang Jun.
func (d *Draft) speakerAfter(from, end int) *Span {
	to := from
	for to < end && (to == from || !breaksClause(d.gap(to)) && !strings.Contains(d.gap(to), ",")) {
		to++
	}
	return d.speakerRegion(from, to)
}

// speakerRegion trims a run of tokens to the words naming a speaker; nil for a
// pronoun or nothing.
func (d *Draft) speakerRegion(from, to int) *Span {
	for from < to && (d.Toks[from].Norm == "the" || d.Toks[from].Norm == "a") {
		from++
	}
	if from >= to || from >= len(d.Toks) {
		return nil
	}
	if pronouns[d.Toks[from].Norm] && to-from <= 2 {
		return nil
	}
	sp := d.TokSpan(from, to)
	return &sp
}

// breaksClause reports whether the raw text between two words ends a clause.
func breaksClause(gap string) bool {
	return strings.ContainsAny(gap, ".;:!?\"\u201c\u201d()\n") || strings.Contains(gap, "\u2014")
}
