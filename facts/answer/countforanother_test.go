package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_CountForAnotherName: "How many goals has Owen scored for
// England?" asks a count for England (a word of the story, in his title),
// which "11 goals for Real" is not; asked for Real, it is.
func TestAsk_CountForAnotherName(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("owen-2005", "Owen's season in Spain", "2005-02-10", "Sport Desk",
		[]facts.Entity{
			{ID: "owen", Name: "Michael Owen", Kind: "person", Aliases: []string{"Owen"}, Title: "England forward"},
			{ID: "real", Name: "Real Madrid", Kind: "organization", Aliases: []string{"Real"}},
		},
		deskFact("goals", "Owen has scored 11 goals for Real this season.", "owen"),
		deskFact("happy", "England forward Michael Owen said he is happy in Spain.", "owen"),
	)))
	answersWith(t, ask, map[string]string{
		"How many goals has Owen scored for England?": "",
		"How many goals has Owen scored for Real?":    "11 goals",
	})
}
