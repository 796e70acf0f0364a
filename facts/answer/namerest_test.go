package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_RestOfAnAskedNameIsNoNewName: "Which Grammy categories did U2 win
// for Vertigo?" is not answered by "U2 have won three Grammy Awards for
// their hit Vertigo": "Awards" is the rest of the name "Grammy" the question
// gives, and names no category. A fact that names them answers.
func TestAsk_RestOfAnAskedNameIsNoNewName(t *testing.T) {
	u2 := facts.Entity{ID: "u2", Name: "U2", Kind: "group"}
	won := deskFact("won", "U2 have won three Grammy Awards for their hit Vertigo.", "u2")
	named := deskFact("named", "U2 won Grammy awards for Vertigo in the Best Rock Song and Best Short Form Music Video categories.", "u2")
	answersOnceTold(t, deskStory("grammys-2005", "U2 win Grammys", "2005-02-14", "Arts Desk", []facts.Entity{u2}, won),
		"Which Grammy categories did U2 win for Vertigo?", named, "Best Rock Song")
}
