package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_HowMuchMoreIsAMultiple: "How much more energy can fuel cells
// produce than lithium ion batteries?" asks by how much one outdoes the
// other, and "several times more energy" says it, with no figure; a fact
// that compares nothing does not answer.
func TestAsk_HowMuchMoreIsAMultiple(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("batteries-2005", "Fuel cells still years away", "2005-02-10", "Tech Desk",
		[]facts.Entity{
			{ID: "trainor", Name: "Mike Trainor", Kind: "person", Aliases: []string{"Trainor"}},
		},
		deskFact("sceptical", "Trainor said fuel cells could produce several times more energy than lithium ion batteries but would take years to develop.", "trainor"),
		deskFact("solar", "Solar panels can produce energy for mobile phones.", ""),
	)))
	answersWith(t, ask, map[string]string{
		"How much more energy can fuel cells produce than lithium ion batteries?": "several times more",
		"How much more energy can solar panels produce than batteries?":           "",
	})
}
