package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhomTheyToldIt: "Which paper did Seaman talk to?" and "Who did
// Seaman speak to?" ask whom he spoke to, and "Seaman told the Daily
// Mail..." says both the talking and the paper, in words the questions do
// not use.
func TestAsk_WhomTheyToldIt(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("keepers-2005", "Wenger sticks with Almunia", "2005-01-21", "Sport Desk",
		[]facts.Entity{
			{ID: "seaman", Name: "David Seaman", Kind: "person", Title: "former Arsenal keeper", Aliases: []string{"Seaman"}},
			{ID: "lehmann", Name: "Jens Lehmann", Kind: "person", Aliases: []string{"Lehmann"}},
			{ID: "mail", Name: "Daily Mail", Kind: "organization"},
		},
		deskFact("harsh", "Former Arsenal keeper David Seaman believes Lehmann has been harshly treated.", "seaman"),
		deskFact("told", "Seaman told the Daily Mail that Lehmann was a fantastic keeper who deserved another chance.", "seaman"),
	)))
	ans, err := ask("Which paper did Seaman talk to?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Daily Mail") {
		t.Errorf("found %v %q; want the paper he told, the Daily Mail", ans.Found, ans.Answer)
	}
	ans, err = ask("Who did Seaman speak to?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Daily Mail") {
		t.Errorf("who: found %v %q; want the paper he told, the Daily Mail", ans.Found, ans.Answer)
	}
}
