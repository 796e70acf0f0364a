package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_HowLongItTook: "How long did Doom 3 take to develop?" asks a
// stretch of time; "take" says only that time passed, and "to develop" is
// the verb after it, not the phrase "take to" (to like). A fact that gives
// the time answers, in its own verb; one without a time does not.
func TestAsk_HowLongItTook(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("doom3-2004", "Doom 3 takes the top award", "2004-11-05", "Technology Desk",
		[]facts.Entity{
			{ID: "doom3", Name: "Doom 3", Kind: "other"},
			{ID: "summit", Name: "European Council summit", Kind: "event", Aliases: []string{"summit"}},
		},
		deskFact("development", "Doom 3 was developed over four years.", "doom3"),
		deskFact("cost", "Doom 3 is thought to have cost around $15m.", "doom3"),
		deskFact("summit-date", "The two-day European Council summit in Brussels begins on 16 December.", "summit"),
	)))
	for _, tc := range []struct{ q, want string }{
		{"How long did Doom 3 take to develop?", "four years"},
		{"How long will the summit last?", "two-day"},
	} {
		ans, err := ask(tc.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.Contains(strings.ToLower(ans.Answer), tc.want) {
			t.Errorf("%q: answered %q (found %v); want %q", tc.q, ans.Answer, ans.Found, tc.want)
		}
	}
}
