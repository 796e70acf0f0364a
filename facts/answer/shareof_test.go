package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_ShareIsAPercentage: "What share of voters...?" asks a
// proportion, as "What proportion...?" does, and a fact that gives the
// percentage of voters answers it with the figure.
func TestAsk_ShareIsAPercentage(t *testing.T) {
	story := deskStory("turnout-poll-2005", "Older voters most likely to vote", "2005-02-14", "Politics Desk", []facts.Entity{
		{ID: "age-concern", Name: "Age Concern", Kind: "organization"},
	},
		deskFact("over-55s", "A survey for Age Concern suggests 69% of over-55s say they always vote in a general election.", "age-concern"),
		deskFact("young", "Age Concern says politicians neglect older voters in their campaigns.", "age-concern"),
	)
	ask := asker(besideBundled(t, story))
	ans, err := ask("What share of over-55s always vote?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "69%") {
		t.Errorf("found %v %q; want it to lead with 69%%", ans.Found, ans.Answer)
	}
}
