package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_SplitPhrasalVerb: "pay the money back" is WordNet's "pay back",
// repaying, though its object stands between the verb and its particle.
func TestAsk_SplitPhrasalVerb(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("payroll-fraud-2005", "Payroll fraud uncovered", "2005-01-28", "Business Desk",
		[]facts.Entity{{ID: "ministry", Name: "finance ministry", Kind: "organization"}},
		deskFact("repay", "The government is considering forcing those found guilty to repay any money owed.", ""),
		deskFact("ghosts", "The finance ministry paid salaries to thousands of ghost workers.", "ministry"),
	)))
	ans, err := ask("Will the guilty have to pay the money back?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "payroll-fraud-2005/repay" {
		t.Errorf("found %v %q; want the fact that they may be forced to repay", ans.Found, ans.Answer)
	}
}
