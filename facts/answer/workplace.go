package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// workplaceTitled is the one person "Where does Ken Mayland work?" asks
// about, when their recorded title names the body they are of ("president
// of ClearView Economics", "Analyst at Daiwa Securities"): the title
// answers where they work, as it answers "Which firm does he work for?". A
// where-question in the present that names the person and ends in a verb
// whose main form is a noun for the one who does it ("work": "worker",
// "play": "player", "teach": "teacher"), perhaps with an adverb after it;
// not "Where does he live?" (a "liver" is no person, in WordNet's main
// sense). "" for none.
func (q question) workplaceTitled(ix *index.Index) string {
	toks := q.Toks
	n := len(toks)
	if q.Type != askWhere || n < 4 || toks[0].Norm != "where" || !presentHelpers[toks[1].Norm] || len(q.Entities) != 1 {
		return ""
	}
	if wordnet.IsAdverbial(toks[n-1].Stem) && n > 4 {
		n-- // "Where does Stam play now?"
	}
	m := q.Entities[0]
	if m.From != 2 || m.To != n-1 {
		return ""
	}
	verb := n - 1
	if !agentOf(toks[verb]) || !q.asksOnly(verb) {
		return ""
	}
	id := ix.MostCited(m.IDs)
	e, ok := ix.Names.Entity(id)
	if !ok || e.Kind != "person" || e.Title == "" || !titleNamesBody(text.Tokenize(e.Title), id, ix) {
		return ""
	}
	return id
}

// agentOf reports whether a verb's main form is a noun for the one who does
// it: a form in WordNet's main sense whose noun is a person ("worker").
func agentOf(t text.Token) bool {
	return slices.ContainsFunc(wordnet.Related(t.Stem), func(r wordnet.Relation) bool {
		return r.Kind == wordnet.Derivation && r.Weight >= wordnet.MainSense && !strings.Contains(r.Stem, " ") && wordnet.IsPeople(r.Stem)
	})
}
