package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PriceAskedIsASum: "What price per share did Fosters pay?" asks a
// sum, as "How much...?" does, so the sum the fact ties to a share answers
// it though the fact never says "price".
func TestAsk_PriceAskedIsASum(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("fosters-2005", "Fosters bids for Southcorp", "2005-01-13", "Business Desk",
		[]facts.Entity{
			{ID: "fosters", Name: "Fosters", Kind: "organization"},
			{ID: "southcorp", Name: "Southcorp", Kind: "organization"},
		},
		deskFact("stake", "Fosters paid 4.17 Australian dollars a share for the Southcorp stake.", "fosters"),
		deskFact("bid", "Fosters has bid for the rest of Southcorp, the maker of Penfolds wine.", "fosters"),
	)))
	answersWith(t, ask, map[string]string{
		"What price per share did Fosters pay?": "4.17",
	})
}
