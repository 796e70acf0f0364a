package answer

import (
	"strings"

	"github.com/factdesk/factdesk/facts/index"
)

// nearPairs counts the question's word-entity pairs, with no other content word
// between them, that the fact also says side by side in the same order.
func nearPairs(q question, c *index.Doc, ix *index.Index) int {
	n := 0
	for _, m := range q.Entities {
		for _, t := range q.Terms {
			switch {
			case t.At < m.From && !q.contentBetween(t.At+1, m.From):
				if nearInText(c.Terms, t.stems(), ix.Names.StemmedNames(m.IDs)) {
					n++
				}
			case t.At >= m.To && !q.contentBetween(m.To, t.At):
				if nearInText(c.Terms, ix.Names.StemmedNames(m.IDs), t.stems()) {
					n++
				}
			}
		}
	}
	return n
}

// contentBetween reports whether a content word or entity lies in tokens [from, to).
func (q question) contentBetween(from, to int) bool {
	for _, t := range q.Terms {
		if t.At >= from && t.At < to {
			return true
		}
	}
	for _, m := range q.Entities {
		if m.From >= from && m.From < to {
			return true
		}
	}
	return false
}

// nearInText reports whether one of firsts is followed, at most one word later, by
// one of seconds in the stemmed text.
func nearInText(text string, firsts, seconds []string) bool {
	for _, a := range firsts {
		for off := 0; ; {
			i := strings.Index(text[off:], " "+a+" ")
			if i < 0 {
				break
			}
			after := text[off+i+len(a)+1:] // starts with the space after a
			for _, b := range seconds {
				if strings.HasPrefix(after, " "+b+" ") {
					return true
				}
				if skip, rest, ok := strings.Cut(strings.TrimPrefix(after, " "), " "); ok && skip != index.PartBreak && strings.HasPrefix(" "+rest, " "+b+" ") {
					return true
				}
			}
			off += i + 1
		}
	}
	return false
}
