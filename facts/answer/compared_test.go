package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// fareRises is a small story that compares with a superlative of its own.
func fareRises() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "fares-2024", Title: "Rail fares rise", Date: "2024-01-02"},
		Sources: []facts.Source{{ID: "desk", Title: "Fares", Publisher: "Town Crier", Published: "2024-01-02"}},
		Entities: []facts.Entity{
			{ID: "kent", Name: "Kent", Kind: "place"},
			{ID: "sussex", Name: "Sussex", Kind: "place"},
		},
		Facts: []facts.Fact{
			{ID: "counties", Statement: "Commuters in Kent and Sussex saw the biggest fare rises this year.", Source: "desk", Status: facts.StatusApproved},
			{ID: "average", Statement: "Fares rose by 4.9% on average across the network.", Source: "desk", Status: facts.StatusApproved},
			{ID: "union", Statement: "The union said commuters were paying more for worse trains.", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_ComparedAdjective: the question's "largest" is "large", which
// WordNet relates to "big", and the fact's "biggest" is "big": the fact
// answers, where two forms neither the stemmer nor WordNet knew never met.
func TestAsk_ComparedAdjective(t *testing.T) {
	ans, err := asker(indextest.Story(t, fareRises()))("Which counties saw the largest fare rises?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Kent and Sussex") {
		t.Errorf("found %v %q; want Kent and Sussex", ans.Found, ans.Answer)
	}
}
