package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// harbourTraffic is a small story whose figures are given for a year and
// the year before, in words a question may say otherwise.
func harbourTraffic() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "harbour-traffic-2024", Title: "Harbour traffic falls", Date: "2024-07-01"},
		Sources: []facts.Source{{ID: "desk", Title: "Harbour traffic", Publisher: "Harbour Gazette", Published: "2024-07-01"}},
		Entities: []facts.Entity{
			{ID: "harbour", Name: "Eastport Harbour", Kind: "organization", Aliases: []string{"Eastport"}},
		},
		Facts: []facts.Fact{
			{ID: "ships-now", Statement: "Eastport Harbour handled 310 ships in the second quarter.", Subject: "harbour",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "ships-before", Statement: "In the same quarter a year before, Eastport Harbour had handled 365 ships.", Subject: "harbour",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "cranes", Statement: "Eastport Harbour will replace four cranes at its eastern quay.", Subject: "harbour",
				Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_OwnWordBeforeRelatedWord: a fact's word that is one of the
// question's words answers for that word, and is not taken up by another
// question word it is related to ("period" is broader than "year"), which
// would leave the question's own word unsaid.
func TestAsk_OwnWordBeforeRelatedWord(t *testing.T) {
	ask := asker(indextest.Story(t, harbourTraffic()))
	ans, err := ask("Did Eastport handle more vessels in the same period a year earlier?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "harbour-traffic-2024/ships-before" {
		t.Errorf("found %v %q; want the ships handled the year before", ans.Found, ans.Answer)
	}
}
