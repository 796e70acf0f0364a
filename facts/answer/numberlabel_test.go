package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_NumberIsALabel: "number eight" is a place in a team, no count:
// "How many games will Simon Taylor miss?" leads with "Two games".
func TestAsk_NumberIsALabel(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("taylor-2005", "Taylor out of Scotland opener", "2005-02-01", "Sport Desk",
		[]facts.Entity{{ID: "taylor", Name: "Simon Taylor", Kind: "person", Aliases: []string{"Taylor"}}},
		deskFact("miss", "Star number eight Simon Taylor will miss at least the first two games after damaging an ankle.", "taylor"),
	)))
	leadsWith(t, ask, map[string]string{"How many games will Simon Taylor miss?": "Two games."})
}
