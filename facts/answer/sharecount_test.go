package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_SharesCountedAreNoRatio: "How many Delta shares...?" counts
// shares, and leads with them, not with a percentage beside them; "What
// share of the vote...?" still asks the percentage.
func TestAsk_SharesCountedAreNoRatio(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("shares-2004", "Pilots back deal", "2004-11-11", "Business Desk",
		[]facts.Entity{
			{ID: "delta", Name: "Delta Air Lines", Kind: "organization", Aliases: []string{"Delta"}},
			{ID: "bez", Name: "Bez", Kind: "person"},
		},
		deskFact("deal", "Under the deal the pilots would accept a 32% pay cut in return for the right to buy 30 million Delta shares.", "delta"),
		deskFact("vote", "Bez won the show with 64% of the vote, ahead of 2.3 million voters' second choice.", "bez"),
	)))
	leadsWith(t, ask, map[string]string{
		"How many Delta shares can the pilots buy under the deal?": "30 million Delta shares.",
		"What share of the vote did Bez get?":                      "64%",
	})
}
