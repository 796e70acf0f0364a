package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_ShareIsNoCountOfThings: "How many PCs did the survey scan?" asks
// a count of things, which a share of them ("90% of PCs") does not give,
// though a share of people may answer a count of them, as surveys give it.
func TestAsk_ShareIsNoCountOfThings(t *testing.T) {
	story := deskStory("spyware-survey-2005", "Spyware on most PCs", "2005-02-02", "Tech Desk",
		[]facts.Entity{
			{ID: "netwatch", Name: "Netwatch", Kind: "organization", Title: "internet security firm"},
		},
		deskFact("infested", "A recent survey by Netwatch found that 90% of PCs are infested with spyware.", "netwatch"),
	)
	answersOnceTold(t, story, "How many PCs did the Netwatch survey scan?",
		deskFact("scanned", "The Netwatch survey scanned 4,000 PCs in homes and offices.", "netwatch"), "4,000")
}
