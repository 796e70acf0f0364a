package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_SaidByMany: "The other parties insist..." tells what they say, in
// the base form a plural speaker takes, as "insists" would for one.
func TestAsk_SaidByMany(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("libdems-2005", "Lib Dems launch campaign", "2005-03-02", "Politics Desk",
		[]facts.Entity{{ID: "lib-dems", Name: "Liberal Democrats", Kind: "organization", Aliases: []string{"Lib Dems"}}},
		deskFact("no-hopers", "The other parties insist the Lib Dems are no hopers who will only split the vote.", "lib-dems"),
		deskFact("targets", "The Lib Dems are targeting fifty seats held by the other parties.", "lib-dems"),
	)))
	ans, err := ask("What do the other parties say about the Lib Dems?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "no hopers") {
		t.Errorf("found %v %q; want what the other parties insist", ans.Found, ans.Answer)
	}
}
