package answer_test

import (
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
