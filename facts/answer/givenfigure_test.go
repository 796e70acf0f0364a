package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_GivenFigureIsNoLead: a figure the question gives is not what it
// asks: "In how many games have Boro conceded just one goal?" leads with
// "four European games", not "one goal". A figure of the same value of
// another thing is still a lead: "three policy positions in three months".
func TestAsk_GivenFigureIsNoLead(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("counts-2005", "Counts of the week", "2005-02-25", "Sport Desk",
		[]facts.Entity{
			{ID: "boro", Name: "Middlesbrough", Kind: "organization", Aliases: []string{"Boro"}},
			{ID: "howard", Name: "Michael Howard", Kind: "person", Aliases: []string{"Howard"}},
		},
		deskFact("conceded", "Middlesbrough have conceded only one goal in four European games.", "boro"),
		deskFact("positions", "Howard said there had been three policy positions in three months and two U-turns.", "howard"),
	)))
	leadsWith(t, ask, map[string]string{
		"In how many games have Boro conceded just one goal?": "Four European games.",
		"How many policy positions in three months?":          "Three policy positions.",
	})
}
