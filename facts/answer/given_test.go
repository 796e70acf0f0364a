package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_OnlyTheGivenFigure: "How much of the £264m...?" is not answered by
// the fact of the £264m itself, whose curated value (264000000) is written
// otherwise than the question writes it: the fact gives no figure the
// question does not.
func TestAsk_OnlyTheGivenFigure(t *testing.T) {
	v := 264e6
	ask := asker(indextest.Story(t, deskStory("health-2004", "Health money announced", "2004-12-15", "Politics Desk",
		[]facts.Entity{
			{ID: "hutt", Name: "Jane Hutt", Kind: "person", Title: "health minister", Aliases: []string{"Hutt"}},
		},
		facts.Fact{ID: "funding", Statement: "Hutt announced £264m for health services, to be spent on cutting waiting times and modernising staff pay structures.",
			Subject: "hutt", Value: &v, Unit: "pounds", Source: "desk", Status: facts.StatusApproved},
		facts.Fact{ID: "waits", Statement: "The number of people waiting more than 18 months fell by 9.8%.", Source: "desk", Status: facts.StatusApproved},
	)))
	ans, err := ask("How much of the £264m will be spent on modernising staff pay structures?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story gives no share of the £264m", ans.Answer)
	}
	ans, err = ask("How much did Hutt announce for health services?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found {
		t.Errorf("not found; the fact gives the £264m asked about")
	}
}
