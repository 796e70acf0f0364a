package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// depotWritedown is a small story that says a writedown apart, as a verb and
// its particle, beside another figure.
func depotWritedown() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "depot-2024", Title: "Council writes down bus depot", Date: "2024-07-01"},
		Sources: []facts.Source{{ID: "desk", Title: "Depot", Publisher: "Town Crier", Published: "2024-07-01"}},
		Entities: []facts.Entity{
			{ID: "depot", Name: "Elm Street depot", Kind: "facility", Aliases: []string{"the depot"}},
		},
		Facts: []facts.Fact{
			{ID: "charge", Statement: "The council booked a charge of $9m, which included writing down the Elm Street depot by $3m.", Subject: "depot",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "built", Statement: "The Elm Street depot cost $12m to build in 1998.", Subject: "depot", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_ClosedUpWordSaidApart: "writedown", which neither the knowledge
// base nor WordNet knows, is the phrase "write down" closed up, and the fact
// that says it apart answers, leading with the figure written down rather
// than the first figure it gives.
func TestAsk_ClosedUpWordSaidApart(t *testing.T) {
	ans, err := asker(indextest.Story(t, depotWritedown()))("How big was the depot writedown?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "$3m") {
		t.Errorf("found %v %q; want the $3m written down, first", ans.Found, ans.Answer)
	}
}
