package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_AlsoKnownAsGivesOtherNames: "What is the 7E7 also known as?" asks
// the other names the curator recorded, not what the 7E7 is: the answer
// gives the aliases that say something the name does not ("Dreamliner";
// for Mahmoud Abbas "Abu Mazen", not "Mr Abbas"), and a thing with none is
// said to have none in the knowledge base.
func TestAsk_AlsoKnownAsGivesOtherNames(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("jal-2004", "Boeing secures giant Japan order", "2004-12-16", "Business Desk",
		[]facts.Entity{
			{ID: "7e7", Name: "Boeing 7E7", Kind: "other", Title: "mid-size passenger jet", Aliases: []string{"7E7", "Dreamliner"}},
			{ID: "abbas", Name: "Mahmoud Abbas", Kind: "person", Title: "Palestinian leader", Aliases: []string{"Abbas", "Mr Abbas", "Abu Mazen"}},
			{ID: "a350", Name: "A350", Kind: "other"},
		},
		deskFact("order", "Japan Airlines has ordered 30 7E7s, with options on 20 more.", "7e7"),
		deskFact("abbas", "Mahmoud Abbas welcomed the London conference.", "abbas"),
		deskFact("a350", "Airbus announced the first pre-sale of the A350.", "a350"),
	)))
	answersWith(t, ask, map[string]string{
		"What is the 7E7 also known as?":       "Dreamliner",
		"What is Mahmoud Abbas also known as?": "Abu Mazen",
	})
	a, err := ask("What is the A350 also known as?", facts.AskOptions{})
	if err != nil || a.Found || !strings.Contains(a.Answer, "No other name for A350") {
		t.Errorf("A350 has no alias: found %v %q (%v)", a.Found, a.Answer, err)
	}
	if a, err := ask("What is Mahmoud Abbas also known as?", facts.AskOptions{}); err != nil || strings.Contains(a.Answer, "Mr Abbas") {
		t.Errorf("an honorific and the surname are no other name: %q (%v)", a.Answer, err)
	}
}
