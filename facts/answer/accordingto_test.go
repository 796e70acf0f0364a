package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_AccordingToNamesWhoSaid: "Who says one person joins broadband
// every 10 seconds?" is answered by "According to BT, ...": the name after
// "according to" is who says it, though the curator recorded no speaker.
func TestAsk_AccordingToNamesWhoSaid(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("bt-2005", "Broadband take-up soars", "2005-01-20", "Tech Desk",
		[]facts.Entity{
			{ID: "bt", Name: "BT", Kind: "organization"},
		},
		deskFact("every-10-seconds", "According to BT, one person in the UK signs up for broadband every 10 seconds.", ""),
		deskFact("four-million", "The number of people on broadband via the telephone line has passed four million.", ""),
	)))
	answersWith(t, ask, map[string]string{
		"Who says one person joins broadband every 10 seconds?": "BT",
	})
}
