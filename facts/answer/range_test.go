package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_RangeLeadsWhole: a figure that is one end of a range leads with
// the range ("four to six weeks", "between 6,000 and 7,000 jobs"), not the
// end that misstates it; one sum in two currencies is no range.
func TestAsk_RangeLeadsWhole(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("ranges-2005", "Ranges of the week", "2005-01-10", "Sport Desk",
		[]facts.Entity{
			{ID: "cole", Name: "Carlton Cole", Kind: "person", Aliases: []string{"Cole"}},
			{ID: "delta", Name: "Delta", Kind: "organization"},
			{ID: "varig", Name: "Varig", Kind: "organization"},
		},
		deskFact("out", "O'Leary said Cole would miss four to six weeks after a bad challenge.", "cole"),
		deskFact("jobs", "Delta is cutting between 6,000 and 7,000 jobs.", "delta"),
		deskFact("debt", "Varig owes $2.3bn or £1.2bn to its creditors.", "varig"),
	)))
	leadsWith(t, ask, map[string]string{
		"How many weeks will Cole miss?":      "Four to six weeks.",
		"How many jobs is Delta cutting?":     "Between 6,000 and 7,000 jobs.",
		"How much does Varig owe in dollars?": "$2.3bn.",
	})
}
