package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_NameBeforeWhereIsTheWhere: "Where did Owen make his name?" is
// answered by "the Premiership, where he first made his name": the name
// before ", where" is where what follows happened. A fact with no such
// clause does not answer.
func TestAsk_NameBeforeWhereIsTheWhere(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("owen-2005", "Owen happy in Spain", "2005-03-05", "Sport Desk",
		[]facts.Entity{
			{ID: "owen", Name: "Michael Owen", Kind: "person", Aliases: []string{"Owen"}},
			{ID: "gerrard", Name: "Steven Gerrard", Kind: "person", Aliases: []string{"Gerrard"}},
		},
		deskFact("name", "Owen said he had nothing against the Premiership, where he first made his name.", "owen"),
		deskFact("gerrard", "Gerrard first made his name as a teenager.", "gerrard"),
	)))
	answersWith(t, ask, map[string]string{
		"Where did Owen make his name?":    "Premiership",
		"Where did Gerrard make his name?": "",
	})
}
