package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_NamedPhraseBySynonym: a name the question gives that WordNet knows
// as a phrase ("Academy Award") is given by a fact that says its synonym ("an
// Oscar"): the fact need not spell out each of its words.
func TestAsk_NamedPhraseBySynonym(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "hale-award", Title: "Hale looks back"},
		Sources: []facts.Source{{ID: "desk", Title: "Hale looks back", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "ada-hale", Name: "Ada Hale", Kind: "person", Aliases: []string{"Hale"}},
		},
		Facts: []facts.Fact{
			{ID: "won", Statement: "Hale won an Oscar in 1998 for her role as a night nurse.", Subject: "ada-hale", Source: "desk", Status: facts.StatusApproved},
		},
	}
	ans, err := asker(indextest.Story(t, sf))("When did Hale win her Academy Award?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "1998") {
		t.Errorf("When did Hale win her Academy Award? = %q (found %v), want 1998", ans.Answer, ans.Found)
	}
}
