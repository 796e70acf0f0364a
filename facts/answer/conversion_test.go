package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_ConversionAndRangeLeads: a figure in brackets after another is the
// same figure in other units, and the lead gives the one the fact gives
// first ("$500m", not "£350m"; "102-inch", not "2.6 metre"); a range of
// percentages leads whole ("Between 30% and 40%").
func TestAsk_ConversionAndRangeLeads(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("figures-2005", "Figures of the week", "2005-01-19", "Business Desk",
		[]facts.Entity{
			{ID: "tci", Name: "TCI", Kind: "organization"},
			{ID: "samsung", Name: "Samsung", Kind: "organization"},
			{ID: "iraq", Name: "Iraq", Kind: "country"},
		},
		deskFact("tci", "TCI said it would prefer Deutsche Boerse to return $500m (£350m) to shareholders.", "tci"),
		deskFact("screen", "Samsung showed a 102-inch (2.6 metre) plasma screen, the largest in the world.", "samsung"),
		deskFact("jobless", "The Brookings Institution estimates that Iraq's unemployment rate is between 30% and 40%.", "iraq"),
	)))
	leadsWith(t, ask, map[string]string{
		"How much cash does TCI want returned to shareholders?": "$500m.",
		"How big is Samsung's plasma screen?":                   "102-inch.",
		"What is the unemployment rate in Iraq?":                "Between 30% and 40%.",
	})
}
