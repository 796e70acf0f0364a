package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_SuperlativeBySynonym: "the world's largest insurance broker" is
// asked of a fact that calls Marsh "the world's biggest": a superlative is
// read as its adjective, whose synonyms WordNet gives.
func TestAsk_SuperlativeBySynonym(t *testing.T) {
	ask := asker(indextest.Story(t, &facts.StoryFile{
		Story:   facts.Story{ID: "broker-probe-2004", Title: "Broker faces probe", Date: "2004-10-15"},
		Sources: []facts.Source{{ID: "desk", Title: "Broker faces probe", Publisher: "Business Desk", Published: "2004-10-15"}},
		Entities: []facts.Entity{
			{ID: "marsh", Name: "Marsh & McLennan", Kind: "organization", Aliases: []string{"Marsh"}},
			{ID: "spitzer", Name: "Eliot Spitzer", Kind: "person", Title: "New York attorney general"},
		},
		Facts: []facts.Fact{
			{ID: "bids", Statement: "Prosecutors allege that Marsh, the world's biggest insurance broker, fixed bids for corporate cover.",
				Subject: "marsh", Source: "desk", Status: facts.StatusApproved},
			{ID: "suit", Statement: "Eliot Spitzer filed a civil lawsuit against the broker on Thursday.",
				Subject: "spitzer", Source: "desk", Status: facts.StatusApproved},
		},
	}))
	ans, err := ask("Who is the world's largest insurance broker?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Marsh") {
		t.Errorf("answered %q (found %v); want the fact that calls Marsh the world's biggest broker", ans.Answer, ans.Found)
	}
}
