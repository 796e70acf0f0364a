package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_CountIsNoLevel: "a fire at one cafe" counts cafes, and says
// nothing of where the fire was, though "at" and a figure follow the
// question's word as in "closed at 4,820 points", which gives the level the
// index closed at.
func TestAsk_CountIsNoLevel(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("net-cafes-2005", "China net cafe culture crackdown", "2005-02-15", "Technology Desk",
		[]facts.Entity{
			{ID: "china", Name: "China", Kind: "country"},
			{ID: "ftse", Name: "FTSE 100", Kind: "other"},
		},
		deskFact("fire", "Laws on net cafe opening hours were brought in in 2002 after a fire at one cafe killed 25 people.", "china"),
		deskFact("close", "The FTSE 100 closed at 4,820 points on Friday.", "ftse"),
	)))
	answersWith(t, ask, map[string]string{
		"Where was the net cafe fire that killed 25 people?": "",
		"Where did the FTSE 100 close?":                      "4,820",
	})
}
