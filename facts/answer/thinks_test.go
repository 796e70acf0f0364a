package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_SpeechVerbInS: "Labour believes Howard...", "Laporte thinks his
// players..." tell what they think, though "believes" and "thinks" are no
// past forms: a word in -s right after the one named is the verb.
func TestAsk_SpeechVerbInS(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("france-2005", "Laporte on England", "2005-02-08", "Sport Desk",
		[]facts.Entity{
			{ID: "laporte", Name: "Bernard Laporte", Kind: "person", Title: "France coach", Aliases: []string{"Laporte"}},
			{ID: "england", Name: "England", Kind: "country"},
		},
		deskFact("afraid", "Laporte thinks his players will be afraid going into Sunday's game against England.", "laporte"),
		deskFact("squad", "Laporte will name his squad for the England game on Wednesday.", "laporte"),
	)))
	ans, err := ask("What does Laporte think about the England game?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "afraid") {
		t.Errorf("found %v %q; want what Laporte thinks", ans.Found, ans.Answer)
	}
}
