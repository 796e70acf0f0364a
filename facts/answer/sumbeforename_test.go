package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_SumBeforeTheNameIsAnotherThings: a price given before a comma,
// with the thing asked of named only in the clause after it, is another
// thing's price; a sum of the thing named after it without a comma ("of
// UKIP's money") is the thing's.
func TestAsk_SumBeforeTheNameIsAnotherThings(t *testing.T) {
	sf := deskStory("ds-adapter", "Nintendo adds wi-fi to the DS", "2005-01-20", "Technology Desk",
		[]facts.Entity{
			{ID: "ds", Name: "Nintendo DS", Kind: "product", Aliases: []string{"DS"}},
			{ID: "psp", Name: "Sony PSP", Kind: "product", Aliases: []string{"PSP"}},
			{ID: "ukip", Name: "UK Independence Party", Kind: "organization", Aliases: []string{"UKIP"}},
		},
		deskFact("adapter-price", "The adapter is expected to cost about 5000 yen (£25), roughly the price gap between the DS and the more expensive Sony PSP.", "ds"),
		deskFact("ukip-cash", "Just £8,170 of UKIP's money was cash; the rest came in gifts in kind.", "ukip"),
	)
	answersWith(t, asker(indextest.Story(t, sf)), map[string]string{
		"How much does the Nintendo DS cost?": "",
		"How much does the adapter cost?":     "5000 yen",
		"How much of UKIP's money was cash?":  "8,170",
	})
}
