package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhenLeadsWithTheStatementsTime: a when-answer leads with the time
// the statement gives: "in the summer", not the age of "the 30-year-old
// Reed"; a year it names outside a date ("suggesting 2012").
func TestAsk_WhenLeadsWithTheStatementsTime(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "reed-2005", Title: "Reed stays"},
		Sources: []facts.Source{{ID: "desk", Title: "Reed stays", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "tom-reed", Name: "Tom Reed", Kind: "person", Aliases: []string{"Reed"}},
			{ID: "regulator", Name: "Broadcast Authority", Kind: "organization"},
		},
		Facts: []facts.Fact{
			{ID: "contract", Statement: "The 30-year-old Reed's current contract runs out in the summer.", Subject: "tom-reed", Source: "desk", Status: facts.StatusApproved},
			{ID: "switch", Statement: "The Broadcast Authority has proposed switching off the analogue signal, most recently suggesting 2012.", Subject: "regulator", Source: "desk", Status: facts.StatusApproved},
		},
	}
	ask := asker(indextest.Story(t, sf))
	for q, want := range map[string]string{
		"When does Reed's contract expire?":                                 "in the summer",
		"When will the Broadcast Authority switch off the analogue signal?": "2012",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || ans.Lead != want {
			t.Errorf("%s: lead %q (found %v, %q), want %q", q, ans.Lead, ans.Found, ans.Answer, want)
		}
	}
}
