package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_SlashedNumberIsNoCount: "after 9/11" gives no figure: "How big was
// the surplus?" is not answered by a fact whose only number is in the date.
func TestAsk_SlashedNumberIsNoCount(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("deficit-2005", "Bush budget", "2005-02-07", "Business Desk",
		[]facts.Entity{{ID: "bush", Name: "George W Bush", Kind: "person", Aliases: []string{"Bush"}}},
		deskFact("wars", "Higher security spending after 9/11 turned the surplus Bush inherited into a deficit.", "bush"),
		deskFact("package", "The budget package Bush sent to Congress is worth $2.5 trillion.", "bush"),
	)))
	ans, err := ask("How big was the surplus Bush inherited?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: the only number of the fact is the date 9/11", ans.Answer)
	}
}
