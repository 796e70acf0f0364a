package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_ChatContraction: "whats" typed in chat is "what's", not a word the
// facts lack: the question is answered as it is with the apostrophe.
func TestAsk_ChatContraction(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("metroid-2005", "Nintendo shows DS games", "2005-01-10", "Tech Desk",
		[]facts.Entity{
			{ID: "metroid", Name: "Metroid Prime Hunters", Kind: "other", Aliases: []string{"Metroid"}},
			{ID: "nintendo", Name: "Nintendo", Kind: "organization"},
		},
		deskFact("stylus", "In Metroid Hunters players aim with the supplied stylus; the bottom screen shows a map of the level.", "metroid"),
		deskFact("launch", "Nintendo will launch the DS in Europe on 11 March.", "nintendo"),
	)))
	for _, q := range []string{"What's the bottom screen for in Metroid?", "whats the bottom screen for in metroid"} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.Contains(ans.Answer, "map") {
			t.Errorf("%q: found %v %q; want the fact about the bottom screen", q, ans.Found, ans.Answer)
		}
	}
}
