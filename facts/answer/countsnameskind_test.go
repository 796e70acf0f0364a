package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_CountOfTheKindANameSays: "How many Mobos did Jamelia win?" counts
// Mobo Awards, and "won three awards at last year's Mobo awards" counts
// awards, the kind of thing the name says, beside the name.
func TestAsk_CountOfTheKindANameSays(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("jamelia-2005", "Jamelia up for Brits", "2005-01-11", "Entertainment Desk",
		[]facts.Entity{
			{ID: "jamelia", Name: "Jamelia", Kind: "person"},
			{ID: "mobos", Name: "Mobo Awards", Kind: "event", Aliases: []string{"Mobos", "Mobo"}},
		},
		deskFact("mobos-won", "Jamelia won three awards at last year's Mobo awards.", "jamelia"),
		deskFact("mobos-tickets", "Jamelia sold 5,000 tickets for her show after the Mobos.", "jamelia"),
	)))
	answersWith(t, ask, map[string]string{
		"How many Mobos did Jamelia win last year?": "three",
	})
}
