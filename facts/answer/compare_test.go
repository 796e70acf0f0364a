package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_HowDoesItCompare: "How does X compare with Y?" is answered by a
// fact that compares the two in its own words ("fewer viewers than", "30
// times the aid"), not by one that names both and compares nothing ("hard
// times" is no multiple).
func TestAsk_HowDoesItCompare(t *testing.T) {
	story := deskStory("c4-2005", "Channel 4 ratings rise", "2005-02-01", "Arts Desk",
		[]facts.Entity{{ID: "cbb", Name: "Celebrity Big Brother", Kind: "other"}},
		deskFact("returned", "Celebrity Big Brother returned in hard times for Channel 4, three years after its 2002 series.", "cbb"),
	)
	answersOnceTold(t, story, "How did Celebrity Big Brother compare with its 2002 series?",
		deskFact("fewer", "Celebrity Big Brother attracted fewer viewers than its 2002 series.", "cbb"), "fewer viewers")

	aid := deskStory("aid-2005", "Farm support dwarfs aid", "2005-01-26", "Business Desk", nil,
		deskFact("support", "Support for farmers in rich countries is equivalent to 30 times the aid provided for agricultural development.", ""),
	)
	answersWith(t, asker(besideBundled(t, aid)), map[string]string{
		"How does farm support in rich countries compare with agricultural development aid?": "30 times",
	})
}
