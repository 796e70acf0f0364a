package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_HowManyTimes: "How many times has Mido apologised?" counts
// apologies, which "a third apology" counts by its ordinal.
func TestAsk_HowManyTimes(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("mido-2005", "Mido apologises again", "2005-02-03", "Sport Desk",
		[]facts.Entity{{ID: "mido", Name: "Mido", Kind: "person"}},
		deskFact("apology", "Mido made a third apology to the Egyptian people in an attempt to rejoin the national team.", "mido"),
		deskFact("ban", "Mido was banned indefinitely by the Egyptian FA in January.", "mido"),
	)))
	ans, err := ask("How many times has Mido apologised?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(strings.ToLower(ans.Answer), "third apology") {
		t.Errorf("answered %q (found %v); want the third apology", ans.Answer, ans.Found)
	}
}
