package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// bakeryResults names a drop as a thing beside a figure of a rise, and
// does not say how far it went.
func bakeryResults() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "bakery-results-2005", Title: "Bakery chain profits slide", Date: "2005-03-01"},
		Sources: []facts.Source{{ID: "desk", Title: "Bakery results", Publisher: "Business Desk", Published: "2005-03-01"}},
		Entities: []facts.Entity{
			{ID: "crumb", Name: "Crumb & Co", Kind: "organization", Aliases: []string{"Crumb"}},
		},
		Facts: []facts.Fact{
			{ID: "flour", Statement: "Crumb's spending on flour rose 40%, a main reason for the drop in sales along with a wet summer.",
				Subject: "crumb", Source: "desk", Status: facts.StatusApproved},
			{ID: "profits", Statement: "Crumb's profits fell 9% in the year to January.",
				Subject: "crumb", Source: "desk", Status: facts.StatusApproved},
			{ID: "shops", Statement: "Crumb runs 120 shops across the north of England.",
				Subject: "crumb", Source: "desk", Status: facts.StatusApproved},
			{ID: "ovens", Statement: "In Leeds, where the chain is much more modern, Crumb has ovens installed that take 5,000 loaves a day.",
				Subject: "crumb", Source: "desk", Status: facts.StatusApproved},
			{ID: "suppliers", Statement: "Suppliers who lost money when Crumb closed its Hull bakery are to receive £2m in compensation.",
				Subject: "crumb", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_FigureOfOtherAction: "rose 40%, a main reason for the drop in
// sales" gives how far spending rose, not how far sales dropped; "ovens
// installed that take 5,000 loaves" says the taking as a verb, after "that",
// and its figure is the taking's; "Suppliers who lost money ... are to
// receive £2m" tells of the losing in a clause on the suppliers, and the
// figure is what they receive, not what they lost.
func TestAsk_FigureOfOtherAction(t *testing.T) {
	ask := asker(indextest.Story(t, bakeryResults()))
	ans, err := ask("How far did Crumb's sales drop?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found && strings.HasPrefix(ans.Answer, "40") {
		t.Errorf("answered %q; the 40%% is how far spending rose", ans.Answer)
	}
	ans, err = ask("How far did Crumb's profits fall?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "9") {
		t.Errorf("profits: found %v %q; want it to lead with 9", ans.Found, ans.Answer)
	}
	ans, err = ask("How many loaves can Crumb's ovens in Leeds take?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "5,000") {
		t.Errorf("loaves: found %v %q; want 5,000", ans.Found, ans.Answer)
	}
	ans, err = ask("How much did Crumb's suppliers lose when the Hull bakery closed?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("suppliers lost: answered %q; £2m is what they receive", ans.Answer)
	}
	ans, err = ask("How much will Crumb's suppliers receive in compensation?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "£2m") {
		t.Errorf("suppliers receive: found %v %q; want it to lead with £2m", ans.Found, ans.Answer)
	}
}
