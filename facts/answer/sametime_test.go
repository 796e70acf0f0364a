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
	for _, tc := range []struct {
		fs   []facts.Fact
		want string
	}{
		{[]facts.Fact{riddick}, ""},
		{[]facts.Fact{riddick, august}, "August"},
	} {
		ask := asker(besideBundled(t, deskStory("riddick-2004", "Riddick game wins praise", "2004-12-20", "Technology Desk",
			[]facts.Entity{{ID: "doom", Name: "Doom 3", Kind: "other"}}, tc.fs...)))
		answersWith(t, ask, map[string]string{"When was Doom 3 released?": tc.want})
	}
}
