package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// ferryLoan is a small story whose fact holds the action a question asks
// about only as a noun: "a $2m loan".
func ferryLoan() *facts.StoryFile {
	v := 2000000.0
	return &facts.StoryFile{
		Story:   facts.Story{ID: "ferry-2024", Title: "Ferry line borrows to stay afloat", Date: "2024-06-12"},
		Sources: []facts.Source{{ID: "desk", Title: "Ferry loan", Publisher: "Island Post", Published: "2024-06-12"}},
		Entities: []facts.Entity{
			{ID: "ferries", Name: "Skerry Ferries", Kind: "organization", Aliases: []string{"Skerry"}},
			{ID: "bank", Name: "Coast Bank", Kind: "organization"},
		},
		Facts: []facts.Fact{
			{ID: "loan", Statement: "Skerry Ferries has agreed the terms of a $2m loan from Coast Bank.", Subject: "ferries",
				Predicate: "agreed a loan from", Object: "bank", Value: &v, Unit: "dollars", Source: "desk", Status: facts.StatusApproved},
			{ID: "routes", Statement: "Skerry Ferries will drop two winter routes.", Subject: "ferries", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_ActionAsANounTellsNoRoles: "Who is lending Skerry $2m?" gives
// Skerry as the one lent to; the fact says "Skerry Ferries has agreed ... a
// $2m loan from Coast Bank", where Skerry comes before the loan but does not
// lend: a noun says nothing of who acts, so no role is turned round.
func TestAsk_ActionAsANounTellsNoRoles(t *testing.T) {
	ans, err := asker(indextest.Story(t, ferryLoan()))("Who is lending Skerry $2m?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Coast Bank") {
		t.Errorf("found %v %q; want the loan from Coast Bank", ans.Found, ans.Answer)
	}
}
