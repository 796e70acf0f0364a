package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_RoleWordAsAdjective: "general" in "regulating general insurance"
// qualifies the insurance; it names no attorney general, so a fact need not
// be about one to answer.
func TestAsk_RoleWordAsAdjective(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "watchdog-2005", Title: "Watchdog widens its reach"},
		Sources: []facts.Source{{ID: "desk", Title: "Watchdog", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "authority", Name: "Markets Authority", Kind: "organization"},
			{ID: "jo-reyes", Name: "Jo Reyes", Kind: "person", Title: "State Attorney General", Aliases: []string{"Reyes"}},
		},
		Facts: []facts.Fact{
			{ID: "took-over", Statement: "The Markets Authority started regulating the general insurance sector in January.", Subject: "authority", Source: "desk", Status: facts.StatusApproved},
			{ID: "sued", Statement: "Reyes sued the largest broker in May.", Subject: "jo-reyes", Source: "desk", Status: facts.StatusApproved},
		},
	}
	q := "When did the Markets Authority start regulating general insurance?"
	ans, err := asker(indextest.Story(t, sf))(q, facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "January") {
		t.Errorf("%s = %q (found %v), want January", q, ans.Answer, ans.Found)
	}
}
