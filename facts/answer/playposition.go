package answer

import (
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// playedPosition is the one person a question asks the position of ("What
// position does Corry play?", "What is Abbott's position?"), when their
// recorded title gives one ("England forward", "Wales captain and
// full-back"): the title answers, as it answers "Who is Corry?". A fact
// seldom says the position twice. "" when the question is no such one, or
// the title gives only offices ("former England captain", "Legendary Dutch
// football coach"): a position the title does not give is not guessed from
// it.
func (q question) playedPosition(ix *index.Index) string {
	toks := q.Toks
	if q.Type != askWhat && q.Type != askWhich || len(toks) < 4 || toks[0].Norm != "what" || len(q.Entities) != 1 {
		return ""
	}
	m := q.Entities[0]
	switch {
	case toks[1].Norm == "position" && len(toks) >= 5 && m.To == len(toks)-1 && toks[m.To].Stem == playStem:
	case len(ownedAsked(toks, m)) == 1 && toks[m.To].Norm == "position":
		// "What is Stuart Abbott's position?"
	default:
		return ""
	}
	id := ix.MostCited(m.IDs)
	e, ok := ix.Names.Entity(id)
	if !ok || e.Kind != "person" || !titleGivesPosition(e.Title) {
		return ""
	}
	return id
}

// playStem is the stem of "play", the verb of a position asked.
var playStem = text.Stem("play")

// titleGivesPosition reports whether a title holds a part ("Glasgow
// forward", "Wales number eight") whose last word is no office (see
// text.IsRoleNoun) nor a nationality: the parts are split at commas and
// "and" ("Wales captain and full-back").
func titleGivesPosition(title string) bool {
	for _, part := range strings.Split(strings.ReplaceAll(title, " and ", ","), ",") {
		toks := text.Tokenize(part)
		if len(toks) == 0 {
			continue
		}
		last := toks[len(toks)-1]
		if !text.IsRoleNoun(last.Norm) && !nationality(last) && !text.IsStopword(last.Norm) && !(last.Upper && !last.First) {
			return true
		}
	}
	return false
}
