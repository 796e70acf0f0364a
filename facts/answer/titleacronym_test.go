package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_TitleAcronym: "the PM" is the person titled Prime minister, though
// the curator wrote no such alias.
func TestAsk_TitleAcronym(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("manifesto-2005", "Blair looks to election campaign", "2005-01-13", "Politics Desk",
		[]facts.Entity{
			{ID: "blair", Name: "Tony Blair", Kind: "person", Title: "Prime minister", Aliases: []string{"Blair"}},
			{ID: "brown", Name: "Gordon Brown", Kind: "person", Title: "Chancellor", Aliases: []string{"Brown"}},
		},
		deskFact("home-ownership", "Blair promised home ownership extended to its highest ever level.", "blair"),
		deskFact("stability", "Brown promised unbroken economic stability.", "brown"),
	)))
	ans, err := ask("What did the PM say about home ownership?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "home ownership") {
		t.Errorf("found %v %q; want what Blair promised", ans.Found, ans.Answer)
	}
}
