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
