package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_HeadcountIsNoAmount: "How much did Evans get?" asks an amount; "the
// two sides settled out of court" counts sides, and gives none.
func TestAsk_HeadcountIsNoAmount(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("evans-2005", "Producer settles credit row", "2005-02-10", "Arts Desk",
		[]facts.Entity{{ID: "evans", Name: "Robert Evans", Kind: "person", Aliases: []string{"Evans"}}},
		deskFact("settled", "The two sides settled out of court in a secret deal, and Evans got a credit on the film.", "evans"),
		deskFact("row", "Evans fell out with the director over the credits.", "evans"),
	)))
	ans, err := ask("How much did Evans get in the settlement?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: the fact counts the sides, and gives no sum", ans.Answer)
	}
}

// TestAsk_PeopleOfAnyKind: "How many people were expected at Bluewater on
// Sunday?" counts people, and "100,000 on Sunday", after "150,000
// shoppers", counts shoppers, who are people.
func TestAsk_PeopleOfAnyKind(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("shopping-2004", "Shoppers flock to sales", "2004-12-20", "Business Desk",
		[]facts.Entity{
			{ID: "bluewater", Name: "Bluewater", Kind: "place"},
			{ID: "jones", Name: "Alan Jones", Kind: "person", Aliases: []string{"Jones"}},
		},
		deskFact("visitors", "At Bluewater in Kent, spokesman Alan Jones expected 150,000 shoppers to have visited by the end of Saturday and another 100,000 on Sunday.", "bluewater"),
		deskFact("sales", "Jones said Bluewater's sales so far were 2% higher than at the same point a year earlier.", "bluewater"),
		deskFact("spend", "Bluewater expects shoppers to spend more than £200m at the centre over the Christmas period.", "bluewater"),
	)))
	ans, err := ask("How many people were expected at Bluewater on Sunday?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "100,000") {
		t.Errorf("found %v %q; want the 100,000 shoppers on Sunday", ans.Found, ans.Answer)
	}
}
