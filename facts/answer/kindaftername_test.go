package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_KindAfterALongerName: "Which De Niro film...?" asks for a film,
// the noun after the name of two words, as "Which London theatre...?" asks
// for a theatre: "the UK and US film charts" names no film (the UK is a
// place, not one of the kind), while "De Niro's comedy Meet the Fockers"
// does.
func TestAsk_KindAfterALongerName(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("box-office-2005", "De Niro tops both charts", "2005-01-31", "Arts Desk",
		[]facts.Entity{
			{ID: "de-niro", Name: "Robert De Niro", Kind: "person", Aliases: []string{"De Niro"}},
			{ID: "fockers", Name: "Meet the Fockers", Kind: "other"},
		},
		deskFact("double", "Robert De Niro completed a box office double by topping the UK and US film charts with two different films at the same time.", "de-niro"),
		deskFact("fockers", "De Niro's comedy Meet the Fockers stayed at the top of the UK film chart for a third week.", "fockers"),
	)))
	answersWith(t, ask, map[string]string{
		"Which De Niro film topped the US chart?":  "",
		"Which De Niro film stayed top in the UK?": "Meet the Fockers",
	})
}
