package answer

import (
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// workplaceAsked is the one person "Where does Ken Mayland work?" asks the
// body of, and where its verb stands: a where-question in the present that
// names the person and ends in a verb whose main form is a noun for the one
// who does it ("work": "worker", "play": "player", "teach": "teacher"),
// perhaps with an adverb after it; not "Where does he live?" (a "liver" is
// no person, in WordNet's main sense). The title that names the body they
// are of answers it, as it answers "Which firm does he work for?" (see
// affiliationTitled). "" for none.
func (q question) workplaceAsked(ix *index.Index) (string, int) {
	toks := q.Toks
	if q.Type != askWhere || len(toks) < 4 || toks[0].Norm != "where" || !presentHelpers[toks[1].Norm] || len(q.Entities) != 1 {
		return "", -1
	}
	n := beforeClosingAdverb(toks, 4)
	m := q.Entities[0]
	if m.From != 2 || m.To != n-1 || !agentOf(toks[n-1]) {
		return "", -1
	}
	id := ix.MostCited(m.IDs)
	if ix.Names.Kind(id) != "person" {
		return "", -1
	}
	return id, n - 1
}

// beforeClosingAdverb is where words end before an adverb that closes them
// ("...play for now?"), kept only when at least keep words stay: an adverb
// asks nothing a title could say.
func beforeClosingAdverb(toks []text.Token, keep int) int {
	if n := len(toks); n > keep && wordnet.IsAdverbial(toks[n-1].Stem) {
		return n - 1
	}
	return len(toks)
}

// agentOf reports whether a verb's main form is a noun for the one who does
// it: a form in WordNet's main sense whose noun is a person ("worker").
func agentOf(t text.Token) bool {
	return slices.ContainsFunc(wordnet.Related(t.Stem), func(r wordnet.Relation) bool {
		return r.Kind == wordnet.Derivation && r.Weight >= wordnet.MainSense && !strings.Contains(r.Stem, " ") && wordnet.IsPeople(r.Stem)
	})
}
