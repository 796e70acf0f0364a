package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PlaceInTheOrderAsked: "Where are United in the league?" asks
// a place in the order the question names, which "leaves United fourth in
// the league" gives; so does "top of the world rankings" for where a jump
// puts Idowu in them.
func TestAsk_PlaceInTheOrderAsked(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("sport-2005", "Weekend round-up", "2005-01-24", "Sport Desk",
		[]facts.Entity{
			{ID: "united", Name: "Manchester United", Kind: "organization", Aliases: []string{"United"}},
			{ID: "idowu", Name: "Phillips Idowu", Kind: "person", Aliases: []string{"Idowu"}},
		},
		deskFact("result", "The result leaves United fourth in the league on 31 points.", "united"),
		deskFact("leap", "Idowu lit up the field events with a leap of 17.30m that puts him top of the world rankings.", "idowu"),
	)))
	answersWith(t, ask, map[string]string{
		"Where are United in the league?":                        "fourth",
		"Where does Idowu's jump put him in the world rankings?": "top",
	})
}
