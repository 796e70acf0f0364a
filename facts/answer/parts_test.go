package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// licenceFee is a small story that spells its compound nouns the British way
// and says a new printing plant where a reporter may say printing presses.
func licenceFee() *facts.StoryFile {
	fact := func(id, s string) facts.Fact {
		return facts.Fact{ID: id, Statement: s, Source: "desk", Status: facts.StatusApproved}
	}
	return &facts.StoryFile{
		Story:    facts.Story{ID: "bbc-2024", Title: "Licence fee rises", Date: "2024-01-02"},
		Sources:  []facts.Source{{ID: "desk", Title: "Fee", Publisher: "Town Crier", Published: "2024-01-02"}},
		Entities: []facts.Entity{{ID: "bbc", Name: "BBC", Kind: "organization"}},
		Facts: []facts.Fact{
			fact("fee", "The BBC licence fee will rise to £169.50 a year in April."),
			fact("tour", "The fee for a BBC studio tour will stay at £20."),
			fact("jobs", "The BBC will cut 500 jobs in its news division."),
			fact("plant", "The BBC is spending £40m on a new printing plant for its magazines."),
			fact("leeds", "The magazines will be printed in Leeds from June."),
		},
	}
}

// TestAsk_CompoundSpeltAnotherWay: the question's "license fee" is the
// fact's "licence fee", one of its words spelt another way.
func TestAsk_CompoundSpeltAnotherWay(t *testing.T) {
	ans, err := asker(indextest.Story(t, licenceFee()))("How much will the BBC license fee be?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "£169.50") {
		t.Errorf("found %v %q; want the £169.50 licence fee", ans.Found, ans.Answer)
	}
}
