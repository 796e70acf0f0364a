package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_OwnerNamedAsTheOtherSide: "Who scored Bayern Munich's goals?" asks
// of Bayern's goals, which "several goals against Bayern" are not: there
// Bayern is the side scored against. A fact that gives Bayern's own goals
// answers.
func TestAsk_OwnerNamedAsTheOtherSide(t *testing.T) {
	story := deskStory("bayern-arsenal", "Bayern beat Arsenal", "2005-02-23", "Sport Desk",
		[]facts.Entity{
			{ID: "bayern", Name: "Bayern Munich", Kind: "organization", Aliases: []string{"Bayern"}},
			{ID: "arsenal", Name: "Arsenal", Kind: "organization"},
			{ID: "magath", Name: "Felix Magath", Kind: "person", Aliases: []string{"Magath"}},
			{ID: "pizarro", Name: "Claudio Pizarro", Kind: "person", Aliases: []string{"Pizarro"}},
		},
		deskFact("capable", "Magath warned that Arsenal are capable of scoring several goals against Bayern at home.", "magath"),
	)
	answersOnceTold(t, story, "Who scored Bayern Munich's goals?",
		deskFact("brace", "Claudio Pizarro scored two of Bayern's goals in the 3-1 win.", "pizarro"), "Pizarro")
}
