package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// shipyardCuts is a small story with two figures of one event: the jobs cut,
// and what cutting them saves.
func shipyardCuts() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "shipyard-2024", Title: "Shipyard cuts welders", Date: "2024-03-04"},
		Sources: []facts.Source{{ID: "desk", Title: "Yard cuts", Publisher: "Coast Courier", Published: "2024-03-04"}},
		Entities: []facts.Entity{
			{ID: "yard", Name: "Brenmore Shipyard", Kind: "organization", Aliases: []string{"Brenmore"}},
		},
		Facts: []facts.Fact{
			{ID: "welder-cuts", Statement: "Brenmore is cutting 300 jobs in a shake-up.", Subject: "yard",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "savings", Statement: "The job cuts are expected to save Brenmore more than $40m a year.", Subject: "yard",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "orders", Statement: "Brenmore has orders for four ferries.", Subject: "yard",
				Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_FigureOfTheActionAsked: "How much will X save...?" asks the amount
// of the saving: the figure beside "save" answers, not the fact that holds
// more of the question's words but whose figure counts something else.
func TestAsk_FigureOfTheActionAsked(t *testing.T) {
	ask := asker(indextest.Story(t, shipyardCuts()))
	ans, err := ask("How much will Brenmore save annually from the job cuts?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := firstOffered(ans); got != "shipyard-2024/savings" {
		t.Errorf("found %v %q, offering %s first; want the $40m saved", ans.Found, ans.Answer, got)
	}
}

// firstOffered is the fact a reply puts first: the answer's, or else the
// nearest fact it suggests.
func firstOffered(ans facts.Answer) string {
	if len(ans.Facts) > 0 {
		return ans.Facts[0].ID
	}
	for _, s := range ans.Suggestions {
		if rest, ok := strings.CutPrefix(s, "Nearest fact ("); ok {
			id, _, _ := strings.Cut(rest, ")")
			return id
		}
	}
	return ""
}
