package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_OrdinalTimesAndMay: "in the 71st minute" places a time as "in
// the third minute" does, though its ordinal is written in figures; "last
// May" names the month, though "may" is also a verb no index keeps, and "a
// May poll" is the poll's time, not the fact's.
func TestAsk_OrdinalTimesAndMay(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("harbour-2005", "Harbour plan approved", "2005-02-10", "Local Desk",
		[]facts.Entity{
			{ID: "hale", Name: "Tom Hale", Kind: "person", Aliases: []string{"Hale"}},
			{ID: "board", Name: "Harbour Board", Kind: "organization"},
		},
		deskFact("sub", "Tom Hale came on for Brook in the 71st minute.", "hale"),
		deskFact("approved", "The Harbour Board approved the dredging plan last May.", "board"),
		deskFact("poll", "If a May poll is called, the Harbour Board will delay its vote on the levy.", "board"),
	)))
	answersWith(t, ask, map[string]string{
		"When did Hale come on?":                                "71st minute",
		"When did the Harbour Board approve the dredging plan?": "last May",
		"When will the Harbour Board vote on the levy?":         "",
	})
}
