package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_VerbItselfAheadOfTelling: ordering is a telling in WordNet, so any
// fact of Stam saying something meets "ordered" for "What had Stam just
// ordered?"; the fact that holds the verb itself is the answer, though the
// other comes first in the story.
func TestAsk_VerbItselfAheadOfTelling(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("stam-2005", "Stam spices up United game", "2005-02-21", "Sport Desk",
		[]facts.Entity{{ID: "stam", Name: "Jaap Stam", Kind: "person", Aliases: []string{"Stam"}}},
		deskFact("mistake", "Jaap Stam says Manchester United know they made a mistake by selling him in 2001.", "stam"),
		deskFact("kitchen", "Stam said he had just ordered a new kitchen when United sold him.", "stam"),
		deskFact("cattle", "Stam said players can be sold like cattle.", "stam"),
	)))
	ans, err := ask("What had Stam just ordered before he was sold?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "stam-2005/kitchen" {
		t.Errorf("found %v %q; want the fact of the kitchen first", ans.Found, ans.Answer)
	}
}
