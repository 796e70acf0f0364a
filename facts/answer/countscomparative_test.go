package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_HowMuchComparedCountsNothing: "How much faster than Qrio is
// Asimo?" and "How much longer do broadband users spend online?" ask by how
// much, their word after "much" no thing counted: a multiple answers.
func TestAsk_HowMuchComparedCountsNothing(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("robots-2005", "Honda robot runs faster", "2004-12-16", "Tech Desk",
		[]facts.Entity{
			{ID: "asimo", Name: "Asimo", Kind: "other"},
			{ID: "qrio", Name: "Qrio", Kind: "other"},
		},
		deskFact("asimo-record", "Asimo beat Qrio's record and can reach 3km/h, which its makers say is almost four times as fast as Qrio.", "asimo"),
		deskFact("online", "Broadband users spend twice as long online as people on dial-up connections.", ""),
	)))
	answersWith(t, ask, map[string]string{
		"How much faster than Qrio is Asimo?":                                 "four times",
		"How much longer do broadband users spend online than dial-up users?": "twice",
	})
}
