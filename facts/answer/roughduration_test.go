package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_RoughDuration: "How long...?" is answered by a stretch of time
// with no figure ("several months"); a fact that says how often ("once a
// week") does not say how long.
func TestAsk_RoughDuration(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("wto-2005", "US takes EU to the WTO", "2005-01-14", "Business Desk",
		[]facts.Entity{{ID: "wto", Name: "World Trade Organisation", Kind: "organization", Aliases: []string{"WTO"}}},
		deskFact("panel", "The WTO's dispute panel could take several months to report its findings.", "wto"),
		deskFact("meets", "The WTO's dispute panel meets once a week.", "wto"),
	)))
	ans, err := ask("How long could the WTO panel take to report?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "several months") {
		t.Errorf("found %v %q; want several months", ans.Found, ans.Answer)
	}
}
