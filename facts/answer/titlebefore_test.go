package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_RoleWidenedOverTitleWords: in "the Capgemini security manager"
// the word before the role stands before it in one manager's title
// ("global security manager for Capgemini"), so the role names him and
// Capgemini only says whose manager he is: a fact that names him alone
// answers.
func TestAsk_RoleWidenedOverTitleWords(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "phishing-2005", Title: "Banks and phishing", Date: "2005-01-20"},
		Sources: []facts.Source{{ID: "desk", Title: "Phishing", Publisher: "Wire", Published: "2005-01-20"}},
		Entities: []facts.Entity{
			{ID: "capgemini", Name: "Capgemini", Kind: "organization"},
			{ID: "barry-beal", Name: "Barry Beal", Kind: "person", Title: "global security manager for Capgemini", Aliases: []string{"Beal"}},
			{ID: "ann-hale", Name: "Ann Hale", Kind: "person", Title: "sales manager at Ladbrokes", Aliases: []string{"Hale"}},
		},
		Facts: []facts.Fact{
			{ID: "usable", Statement: "Beal said banks must improve security for customers while keeping it usable.", Speaker: "barry-beal", Source: "desk", Status: facts.StatusApproved},
			{ID: "odds", Statement: "Hale said the odds were short.", Speaker: "ann-hale", Source: "desk", Status: facts.StatusApproved},
		},
	}
	ans, err := asker(indextest.Story(t, sf))("What did the Capgemini security manager say about banks?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Beal said banks") {
		t.Errorf("found %v %q; want what Beal said about banks", ans.Found, ans.Answer)
	}
}
