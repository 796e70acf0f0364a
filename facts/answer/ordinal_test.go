package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// factoryOrders counts months with an ordinal.
func factoryOrders() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "factory-orders-2005", Title: "Factory orders slide", Date: "2005-03-01"},
		Sources: []facts.Source{{ID: "desk", Title: "Factory orders", Publisher: "Business Desk", Published: "2005-03-01"}},
		Entities: []facts.Entity{
			{ID: "makers", Name: "Makers Federation", Kind: "organization"},
		},
		Facts: []facts.Fact{
			{ID: "orders", Statement: "Export orders fell for a fifth month running, to their lowest level since 2001.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "jobs", Statement: "The Makers Federation said 12,000 factory jobs had gone in the year.",
				Subject: "makers", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_OrdinalCount: "fell for a fifth month running" says for how many
// months, and the answer leads with it.
func TestAsk_OrdinalCount(t *testing.T) {
	ask := asker(indextest.Story(t, factoryOrders()))
	ans, err := ask("For how many months have export orders been falling?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(strings.ToLower(ans.Answer), "fifth month") {
		t.Errorf("found %v %q; want it to lead with the fifth month", ans.Found, ans.Answer)
	}
}
