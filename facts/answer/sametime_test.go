package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_SameTimeIsAnothers: "in the same week" places a time by another
// event's, which the fact does not give: "When was Doom 3 released?" is not
// answered "Same week". A fact that gives the month answers.
func TestAsk_SameTimeIsAnothers(t *testing.T) {
	riddick := deskFact("riddick", "Riddick's release was somewhat eclipsed by Doom 3, which was released in the same week.", "doom")
	august := deskFact("august", "Doom 3 was released in August after years of delays.", "doom")
	answersOnceTold(t, deskStory("riddick-2004", "Riddick game wins praise", "2004-12-20", "Technology Desk", []facts.Entity{{ID: "doom", Name: "Doom 3", Kind: "other"}}, riddick),
		"When was Doom 3 released?", august, "August")
}
