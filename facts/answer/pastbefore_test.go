package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_InfinitiveAfterPastActIsResult: "overturned a big Labour majority
// to win last year's by-election" tells who won, the infinitive what came
// of a past act; "was favourite to win the show" still tells only who might.
func TestAsk_InfinitiveAfterPastActIsResult(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("kennedy-2005", "Kennedy visits target seats", "2005-02-08", "Politics Desk",
		[]facts.Entity{
			{ID: "gill", Name: "Parmjit Singh Gill", Kind: "person", Title: "Lib Dem MP"},
			{ID: "leicester", Name: "Leicester South", Kind: "place"},
			{ID: "reeves", Name: "Vic Reeves", Kind: "person"},
			{ID: "celebrity", Name: "I'm A Celebrity", Kind: "other"},
		},
		deskFact("by-election", "In Leicester South, Lib Dem MP Parmjit Singh Gill overturned a big Labour majority to win last year's by-election.", "gill"),
		deskFact("favourite", "Comedian Vic Reeves was favourite to win I'm A Celebrity.", "reeves"),
	)))
	answersWith(t, ask, map[string]string{
		"Who won the Leicester South by-election?": "Gill",
		"Who won I'm A Celebrity?":                 "",
	})
}
