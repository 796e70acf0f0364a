package answer

import (
	"slices"

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
	said, kind := kindSaid(q, c)
	return said && kind
}

// kindSaid reports whether a fact says the noun a what-kind question asks
// the kind of, and whether a use of it says which kind (see givesKind).
func kindSaid(q question, c *index.Doc) (said, kind bool) {
	kn := q.kindNoun()
	if kn == nil {
		return false, false
	}
	uses := nounUses(q, kn, c.Tokens())
	return len(uses) > 0, slices.ContainsFunc(uses, func(u focusUse) bool { return u.qualified })
}

// kindAsked is the one thing a question asks the kind of ("What kind of
// company is Parmalat?", "What sort of film is Sideways?"): what it is,
// as "What is Parmalat?" asks, its recorded title saying the kind. "" when
// the question is no such one ("what", "kind", "sort" or "type", "of", the
// kind's words, a form of "be", and one name to its end), or the thing has
// no recorded title.
func (q question) kindAsked(ix *index.Index) string {
	toks := q.Toks
	if q.Type != askWhat && q.Type != askWhich || len(toks) < 5 || toks[0].Norm != "what" || !kindWords[toks[1].Stem] || toks[2].Norm != "of" || len(q.Entities) != 1 {
		return ""
	}
	m := q.Entities[0]
	if m.To != len(toks) || m.From < 5 || !beForms[toks[m.From-1].Norm] && !(determiners[toks[m.From-1].Norm] && beForms[toks[m.From-2].Norm]) {
		return ""
	}
	id := ix.MostCited(m.IDs)
	if e, ok := ix.Names.Entity(id); !ok || e.Title == "" {
		return "" // no title to say its kind: a fact that does may answer
	}
	return id
}

// kindUnsaid reports whether a fact says the noun a what-kind question asks
// the kind of, and no use of it says which kind: "carried on working with
// the company" for "What kind of company is Parmalat?".
func kindUnsaid(q question, c *index.Doc) bool {
	said, kind := kindSaid(q, c)
	return said && !kind
}
