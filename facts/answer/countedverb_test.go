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

// TestAsk_CountedNounEndsAtItsVerb: the figure in "The two countries
// exchanged prisoners" counts countries: a verb after the noun counted, with
// what it acts on after it, ends what the figure may count, so "How many
// prisoners...?" is not answered with "two"; a participle that qualifies the
// noun ("36 people accused in connection with the blasts") and a hyphened
// word ("ready-mixed") do not end it.
func TestAsk_CountedNounEndsAtItsVerb(t *testing.T) {
	story := deskStory("prisoners-2004", "Egypt and Israel swap prisoners", "2004-12-14", "Foreign Desk",
		[]facts.Entity{
			{ID: "egypt", Name: "Egypt", Kind: "country"},
			{ID: "israel", Name: "Israel", Kind: "country"},
			{ID: "aggregate", Name: "Aggregate Industries", Kind: "organization", Aliases: []string{"Aggregate"}},
		},
		deskFact("exchange", "Egypt and Israel said the two countries exchanged prisoners earlier this month.", "egypt"),
		deskFact("accused", "36 people accused in connection with the blasts said the film should not be screened.", ""),
		deskFact("plants", "Aggregate has 164 ready-mixed concrete plants.", "aggregate"),
	)
	answersWith(t, asker(besideBundled(t, story)), map[string]string{
		"How many prisoners did Egypt and Israel exchange?":         "",
		"How many accused objected to the screening of the film?":   "36",
		"How many ready-mixed concrete plants does Aggregate have?": "164",
	})
}
