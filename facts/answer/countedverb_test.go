package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_CountedByItsVerb: the noun a how-much question counts is said by
// its verb just before a figure ("to grow by about 2.4%" gives the growth
// asked of), but a figure after the noun itself counts nothing of it
// ("defended her London title 12 months later" is no number of titles).
func TestAsk_CountedByItsVerb(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("insee-2005", "French growth forecast", "2005-03-10", "Business Desk",
		[]facts.Entity{
			{ID: "insee", Name: "INSEE", Kind: "organization"},
			{ID: "radcliffe", Name: "Paula Radcliffe", Kind: "person", Aliases: []string{"Radcliffe", "Paula"}},
		},
		deskFact("forecast", "The French statistics agency INSEE expects the French economy to grow by about 2.4% this year.", "insee"),
		deskFact("defended", "Radcliffe defended her London title 12 months later, in 2003.", "radcliffe"),
	)))
	leadsWith(t, ask, map[string]string{"How much growth does INSEE expect this year?": "About 2.4%"})
	answersWith(t, ask, map[string]string{"How many London titles has Paula won?": ""})
}
