package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_FigureInWords: a figure written out in words ("Sixty", "Seventeen")
// is a figure, whatever number it is, and answers a how-many question.
func TestAsk_FigureInWords(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("crash-2005", "Coach crash", "2005-03-10", "News Desk",
		[]facts.Entity{{ID: "coach", Name: "the coach", Kind: "other"}},
		deskFact("hurt", "Sixty passengers were hurt when the coach overturned, and seventeen of them were kept in hospital.", "coach"),
	)))
	ans, err := ask("How many passengers were hurt when the coach overturned?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Sixty") {
		t.Errorf("found %v %q; want the fact giving sixty passengers", ans.Found, ans.Answer)
	}
}
