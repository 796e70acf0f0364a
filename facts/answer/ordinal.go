package answer

import (
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// ordinalCount finds an ordinal in words just before a word of what a
// how-many question counts ("rose for a sixth month running" for "For how
// many months...?"): the count it gives, as the fact words it ("sixth
// month"), or "".
func ordinalCount(c *index.Doc, counted []qterm) string {
	return ordinalOf(c, func(stem string) bool { return countsIn(" "+stem+" ", counted) })
}

// ordinalOf finds an ordinal in words just before a word that is, as the
// fact words them ("fourth week"), or "".
func ordinalOf(c *index.Doc, is func(stem string) bool) string {
	toks := c.Tokens()
	for i, t := range toks {
		if text.IsOrdinalCount(t.Norm) && i+1 < len(toks) && is(toks[i+1].Stem) {
			return string([]rune(c.Statement)[t.Start:toks[i+1].End])
		}
	}
	return ""
}

// countsOrdinal reports whether the fact counts what is asked by an
// ordinal (see ordinalCount).
func countsOrdinal(c *index.Doc, counted []qterm) bool {
	return len(counted) > 0 && ordinalCount(c, counted) != ""
}
