package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_DecadeIsNoFigure: "in the 1990s" says when, as a year does: "How
// much did Soros make...?" is not answered by a fact whose only number is
// the decade, and is by one that gives the sum.
func TestAsk_DecadeIsNoFigure(t *testing.T) {
	story := func(fs ...facts.Fact) askFunc {
		return asker(besideBundled(t, deskStory("soros-2005", "Soros pelted in Ukraine", "2005-01-20", "Business Desk",
			[]facts.Entity{
				{ID: "soros", Name: "George Soros", Kind: "person", Aliases: []string{"Soros"}},
				{ID: "boe", Name: "Bank of England", Kind: "organization"},
			}, fs...)))
	}
	took := deskFact("took-on", "In the 1990s Soros took on the Bank of England and won.", "soros")
	answersWith(t, story(took), map[string]string{
		"How much did Soros make from taking on the Bank of England?": "",
	})
	answersWith(t, story(took, deskFact("made", "Soros made $1bn from taking on the Bank of England.", "soros")), map[string]string{
		"How much did Soros make from taking on the Bank of England?": "$1bn",
	})
}
