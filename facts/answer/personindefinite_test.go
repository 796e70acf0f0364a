package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhoWasTheManNotNamed: "Who was the man allegedly assaulted at the
// hotel?" asks his name; "claims that a man had been assaulted" says only
// that one was. A fact that names him beside the noun answers.
func TestAsk_WhoWasTheManNotNamed(t *testing.T) {
	called := deskFact("called", "Police were called to the Islington hotel in response to claims that a man had been assaulted.", "")
	named := deskFact("named", "The man allegedly assaulted at the hotel, photographer Jon Smith, was treated in hospital.", "")
	answersOnceTold(t, deskStory("hotel-2005", "Singer questioned over hotel assault", "2005-01-20", "Arts Desk", []facts.Entity{{ID: "hotel", Name: "Islington hotel", Kind: "place"}}, called),
		"Who was the man allegedly assaulted at the hotel?", named, "Jon Smith")
}
