package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_SeasonIsATime: a season of the year places a time with no word
// beside it, as a month's name does: "The PSP's spring launch in the UK"
// says when it launches, before a fact that gives only the year it is a
// gadget of.
func TestAsk_SeasonIsATime(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("gadgets-2005", "PSP tops list of gadgets for 2005", "2005-01-04", "Technology Desk",
		[]facts.Entity{
			{ID: "sony", Name: "Sony", Kind: "organization"},
			{ID: "psp", Name: "PlayStation Portable", Kind: "other", Aliases: []string{"PSP"}},
		},
		deskFact("top", "Sony's PlayStation Portable is the top UK gadget for 2005, according to a round-up compiled by Stuff Magazine.", "psp"),
		deskFact("launch", "The PSP's spring launch in the UK is eagerly awaited by gaming fans.", "psp"),
	)))
	ans, err := ask("When does the PSP launch in the UK?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(strings.ToLower(ans.Answer), "spring") {
		t.Errorf("found %v %q; want the spring launch", ans.Found, ans.Answer)
	}
}
