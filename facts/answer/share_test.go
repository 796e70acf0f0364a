package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_EachOnesShare: "How much will each investor receive?" asks one
// investor's share, which "Investors are to receive £194m" does not give,
// though it answers what the investors get together; "£5,000 each" and "a
// director" share a figure out; "each year" asks a rate, as any figure of
// the year answers.
func TestAsk_EachOnesShare(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("splits-2004", "Split-capital investors compensated", "2004-12-24", "Business Desk",
		[]facts.Entity{
			{ID: "fsa", Name: "Financial Services Authority", Kind: "organization", Aliases: []string{"FSA"}},
			{ID: "lumley", Name: "Lumley Trust", Kind: "organization", Aliases: []string{"Lumley"}},
		},
		deskFact("total", "Investors who lost money in the split-capital scandal are to receive £194m compensation, the FSA said.", "fsa"),
		deskFact("directors", "The four directors of the Lumley Trust will pay fines of £5,000 each.", "lumley"),
		deskFact("cost", "The Lumley Trust's compliance costs it £2m a year.", "lumley"),
	)))
	answersWith(t, ask, map[string]string{
		"How much will each investor receive in compensation?":      "",
		"How much will investors receive in compensation?":          "£194m",
		"How much will each director of the Lumley Trust pay?":      "£5,000",
		"How much does compliance cost the Lumley Trust each year?": "£2m",
	})
}
