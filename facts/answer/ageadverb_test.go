package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_AgeAfterBeAndAnAdverb: "How old is Owen?" is answered by "a great
// centre-forward who is only 25", a figure ending the sentence after "is"
// and an adverb, as "Bellamy is 25" is; "only 25 goals" counts goals.
func TestAsk_AgeAfterBeAndAnAdverb(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("souness-2005", "Souness wants Owen", "2005-02-11", "Sport Desk",
		[]facts.Entity{
			{ID: "owen", Name: "Michael Owen", Kind: "person", Aliases: []string{"Owen"}},
			{ID: "shearer", Name: "Alan Shearer", Kind: "person", Aliases: []string{"Shearer"}},
		},
		deskFact("centre-forward", "Souness called Owen a great centre-forward who is only 25.", "owen"),
		deskFact("shearer-goals", "Shearer has scored only 25 goals this season.", "shearer"),
	)))
	answersWith(t, ask, map[string]string{
		"How old is Owen?":    "25",
		"How old is Shearer?": "",
	})
}
