package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PlaceThatDescribesIsNoWhere: a place named as an owner or before a
// noun ("America's culture wars", "the Iraq war", "Scottish fans") describes
// a thing and says nothing of where the thing asked about happens. Where
// the festival is held is not in the knowledge base until a fact places it.
func TestAsk_PlaceThatDescribesIsNoWhere(t *testing.T) {
	story := deskStory("harbour-lights-2005", "Harbour Lights festival opens", "2005-01-20", "Arts Desk",
		[]facts.Entity{
			{ID: "harbour-lights", Name: "Harbour Lights", Kind: "other", Title: "film festival", Aliases: []string{"Harbour Lights festival"}},
		},
		deskFact("debates", "Harbour Lights also holds debates with directors on America's culture wars and the Iraq war.", "harbour-lights"),
		deskFact("crowds", "The festival drew 8,000 Scottish fans last year.", "harbour-lights"),
	)
	answersOnceTold(t, story, "Where is Harbour Lights held?",
		deskFact("venue", "Harbour Lights is held every January in Galway.", "harbour-lights"), "Galway")
}
