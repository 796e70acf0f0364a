package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_AdjectiveHeldByItsSuperlative: "When was the proportion of
// surveyors reporting lower prices last this high?" is answered by the fact
// that calls 48% "the highest proportion for 12 years": the superlative says
// the adjective, and more.
func TestAsk_AdjectiveHeldByItsSuperlative(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("house-prices-2004", "House prices fall", "2004-12-13", "Business Desk",
		[]facts.Entity{{ID: "rics", Name: "Royal Institution of Chartered Surveyors", Kind: "organization", Aliases: []string{"RICS"}}},
		deskFact("lower", "48% of chartered surveyor estate agents reported lower prices in the three months to November, the highest proportion for 12 years.", "rics"),
		deskFact("sales", "Surveyors said sales had slowed in every region.", "rics"),
	)))
	answersWith(t, ask, map[string]string{"When was the proportion of surveyors reporting lower prices last this high?": "12 years"})
}
