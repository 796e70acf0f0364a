package answer

import (
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// "What kind of engine will the new Cadillac have?" asks which kind: "the
// first Cadillac with a diesel engine" gives it by the word before the
// noun, "expects the Ireland game to be fast and rough" by the words
// after it. A fact that qualifies the noun with a word of its own says
// which kind, as one that names a thing beside a which-question's noun
// says which one (see focusNamed).

// kindWords ask a kind of the noun after them: "what kind of", "what sort
// of", "what type of".
var kindWords = text.Set(`kind sort type`)

// kindNoun is the term a what-kind question asks the kind of ("engine" of
// "What kind of engine...?"), nil for none.
func (q question) kindNoun() *qterm {
	at := whatAt(q.Toks)
	if at < 0 || at+3 >= len(q.Toks) || !kindWords[q.Toks[at+1].Norm] || q.Toks[at+2].Norm != "of" {
		return nil
	}
	return q.termAt(at + 3)
}

// givesKind reports whether a fact qualifies the noun a what-kind question
// asks about with a word of its own (see nounUses): "a diesel engine", "a
// hand-held camera", "the game to be fast and rough".
func givesKind(q question, c *index.Doc) bool {
	kn := q.kindNoun()
	if kn == nil {
		return false
	}
	for _, use := range nounUses(q, kn, c.Tokens()) {
		if use.qualified {
			return true
		}
	}
	return false
}
