package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_AheadByKind: a why-question is answered by the one fact in the
// running though it lacks a word of the question ("sold off" for "sold"),
// where the same share held would not answer a question of another kind.
func TestAsk_AheadByKind(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("yukos-2004", "Yukos unit sold", "2004-12-20", "Business Desk",
		[]facts.Entity{{ID: "yugansk", Name: "Yugansk", Kind: "organization"}},
		deskFact("sale", "The unit, Yugansk, was sold to pay off a back tax bill of $27.5bn.", "yugansk"),
	)))
	for _, tc := range []struct {
		q     string
		found bool
	}{
		{"Why was Yugansk sold off?", true},
		{"Who was Yugansk sold off to?", false},
		{"How much was Yugansk sold off for?", false},
	} {
		ans, err := ask(tc.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != tc.found || tc.found && !strings.Contains(ans.Answer, "tax bill") {
			t.Errorf("%q: found %v %q; want found %v", tc.q, ans.Found, ans.Answer, tc.found)
		}
	}
}
