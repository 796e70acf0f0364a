package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_InACurrency: "What's the package worth in pounds?" is answered by
// the fact that gives the sum in pounds beside dollars, leading with the
// pounds ("£1.3 trillion"), and "in dollars" with the dollars; a fact with
// no sum in the currency asked does not answer by its other sum alone. "What
// is the takeover worth in pounds?" asks the sum too, and a fact that gives
// it without saying "worth" answers.
func TestAsk_InACurrency(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("budget-2005", "Bush unveils budget", "2005-02-07", "Business Desk",
		[]facts.Entity{
			{ID: "package", Name: "the budget package", Kind: "other", Aliases: []string{"package"}},
			{ID: "mays", Name: "Mays Stores", Kind: "organization", Aliases: []string{"Mays"}},
		},
		deskFact("worth", "The package is worth $2.5 trillion (£1.3 trillion) and is aimed at curbing the budget deficit.", "package"),
		deskFact("takeover", "Harwood Stores has agreed a takeover of rival Mays Stores for $11bn (£5.7bn).", "mays"),
	)))
	for _, tt := range []struct{ q, lead string }{
		{"What's the package worth in pounds?", "£1.3 trillion."},
		{"What's the package worth in dollars?", "$2.5 trillion."},
		{"What's the package worth in euros?", ""},
		{"What is the Mays takeover worth in pounds?", "£5.7bn."},
	} {
		ans, err := ask(tt.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if tt.lead == "" && ans.Found || tt.lead != "" && (!ans.Found || !strings.HasPrefix(ans.Answer, tt.lead)) {
			t.Errorf("%q: found %v %q; want it to lead with %q", tt.q, ans.Found, ans.Answer, tt.lead)
		}
	}
}
