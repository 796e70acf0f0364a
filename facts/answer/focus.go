package answer

import (
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// The noun after "what" or "which" ("Which internet provider has a deal
// with RSA?") names the kind of answer wanted, and the fact that answers
// gives something of that kind ("RSA has a deal with AOL") without saying
// the noun: the knowledge base knows what the thing is.

// focusCredit is what a fact earns for the question's focus noun when it
// names something of that kind rather than the noun itself: as much as a
// synonym in its main sense, no more, for the fact does not say it.
const focusCredit = 0.85

// focusAt is the token index of the focus noun of a what- or
// which-question (see question.focus), -1 when it has none.
func (q question) focusAt() int {
	if q.Type != askWhat && q.Type != askWhich {
		return -1
	}
	if ft := q.focus(); ft != nil {
		return ft.At
	}
	return -1
}

// namesFocusKind reports whether a fact names an entity the question does
// not whose recorded title says the focus noun t, itself or in a main-sense
// synonym: "RSA has a deal with AOL" names an internet provider when the
// curator titled AOL so.
func namesFocusKind(q question, t qterm, c *index.Doc, ix *index.Index) bool {
	for _, m := range c.Mentions(ix.Names) {
		for _, id := range m.IDs {
			if q.names(id) {
				continue
			}
			e, _ := ix.Names.Entity(id)
			if e.Title == "" {
				continue
			}
			var stems []string
			for _, w := range text.Tokenize(e.Title) {
				stems = append(stems, w.Stem)
			}
			if termCreditIn(" "+strings.Join(stems, " ")+" ", t) >= verbHeld {
				return true
			}
		}
	}
	return false
}
