package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_HyphenedWord: a word a question hyphens ("co-ordinator") is the
// word a fact writes closed up ("coordinator"), not a synonym of it.
func TestAsk_HyphenedWord(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("tsunami-aid-2004", "Aid effort grows", "2004-12-28", "World Desk",
		[]facts.Entity{{ID: "egeland", Name: "Jan Egeland", Kind: "person"}, {ID: "un", Name: "United Nations", Kind: "organization", Aliases: []string{"UN"}}},
		deskFact("worst", "UN emergency relief coordinator Jan Egeland said it may be the worst disaster in recent history.", "egeland"),
		deskFact("appeal", "The UN launched an appeal for emergency relief supplies on Monday.", "un"),
	)))
	ans, err := ask("Who is the UN's emergency relief co-ordinator?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Egeland") {
		t.Errorf("answered %q (found %v); want Jan Egeland", ans.Answer, ans.Found)
	}
}

// TestAsk_HyphenedPrefix: "co-founder" is one word, WordNet's "cofounder":
// a fact may write it closed up, and where a name stands for the founder
// (the curator's "joint founder of Hambro Magan") no "co" need be found
// beside it.
func TestAsk_HyphenedPrefix(t *testing.T) {
	tories := facts.Entity{ID: "tories", Name: "Conservative Party", Kind: "organization", Aliases: []string{"Conservatives", "Tories"}}
	ask := asker(besideBundled(t, deskStory("donations-2005", "Party donations published", "2005-02-24", "Politics Desk",
		[]facts.Entity{tories, {ID: "founder", Name: "joint founder of Hambro Magan", Kind: "person",
			Title: "joint founder of merchant bank Hambro Magan", Aliases: []string{"Hambro Magan"}}},
		deskFact("hambro", "The joint founder of merchant bank Hambro Magan gave the Conservatives £325,417.", "founder"),
	)))
	answersWith(t, ask, map[string]string{"How much did the Hambro Magan co-founder give the Tories?": "£325,417"})
	ask = asker(besideBundled(t, deskStory("donations-2005", "Party donations published", "2005-02-24", "Politics Desk",
		[]facts.Entity{tories, {ID: "tyrell", Name: "Tyrell Records", Kind: "organization", Aliases: []string{"Tyrell"}}},
		deskFact("tyrell", "The cofounder of Tyrell Records gave the Conservatives £20,000.", "tyrell"),
	)))
	answersWith(t, ask, map[string]string{"How much did the Tyrell co-founder give the Tories?": "£20,000"})
}
