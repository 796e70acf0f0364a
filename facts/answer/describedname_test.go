package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_AdjectiveDescribingAName: "the new Cadillac" is the Cadillac a
// fact names without "new": "What kind of engine will the new Cadillac
// have?" is answered by "the first Cadillac with a diesel engine".
func TestAsk_AdjectiveDescribingAName(t *testing.T) {
	story := deskStory("cadillac-2005", "GM to build Cadillac in Sweden", "2005-01-12", "Business Desk",
		[]facts.Entity{
			{ID: "gm", Name: "General Motors", Kind: "organization", Aliases: []string{"GM"}},
			{ID: "cadillac", Name: "Cadillac", Kind: "organization"},
		},
		deskFact("sweden", "GM will build the Cadillac BLS at its Saab plant in Sweden.", "gm"),
	)
	answersOnceTold(t, story, "What kind of engine will the new Cadillac have?",
		deskFact("diesel", "The BLS will be the first Cadillac with a diesel engine.", "cadillac"), "diesel")
}
