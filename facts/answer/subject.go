package answer

import (
	"strings"
	"unicode"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// countsSubject reports whether a figure that ends its clause with no
// counted noun ("rose for a sixth month running, to an average of 67.")
// counts the thing its sentence opens with ("Unsold properties"): the
// figure is what the subject came to. The subject is the words before the
// first preposition or verb.
func countsSubject(c *index.Doc, counted []qterm) bool {
	toks := c.Tokens()
	rs := []rune(c.Statement)
	for i, t := range toks {
		if !quantity(t) || !clauseEnd(rs, t.End) {
			continue
		}
		var subject []string
		for _, s := range toks[:i] {
			if text.IsPreposition(s.Norm) || verbForm(s) || text.IsStopword(s.Norm) && len(subject) > 0 {
				break
			}
			if !text.IsStopword(s.Norm) {
				subject = append(subject, s.Stem)
			}
		}
		if len(subject) > 0 && countsIn(" "+strings.Join(subject, " ")+" ", counted) {
			return true
		}
	}
	return false
}

// clauseEnd reports whether the statement's text ends at rune at, or a
// clause ends there: a full stop, comma, semicolon or colon follows.
func clauseEnd(rs []rune, at int) bool {
	for k := at; k < len(rs); k++ {
		switch r := rs[k]; {
		case r == '.' || r == ',' || r == ';' || r == ':':
			return true
		case !unicode.IsSpace(r):
			return false
		}
	}
	return true
}
