package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// millOutput gives how far one thing fell, beside another's fall in a
// later clause.
func millOutput() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "mill-output-2005", Title: "Mill output slips", Date: "2005-04-02"},
		Sources: []facts.Source{{ID: "desk", Title: "Mill output slips", Publisher: "Business Desk", Published: "2005-04-02"}},
		Entities: []facts.Entity{
			{ID: "mill", Name: "Harwood Mill", Kind: "organization", Aliases: []string{"Harwood"}},
		},
		Facts: []facts.Fact{
			{ID: "output", Statement: "Harwood Mill's output dropped 2.1% in March, reflecting a fall in exports.",
				Subject: "mill", Source: "desk", Status: facts.StatusApproved},
			{ID: "staff", Statement: "Harwood Mill employs 300 people in Lancashire.",
				Subject: "mill", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_ChangeOfAnotherThing: "output dropped 2.1%, reflecting a fall in
// exports" says how far output fell, and not how far exports did, which
// the fact names only in the later clause.
func TestAsk_ChangeOfAnotherThing(t *testing.T) {
	ask := asker(indextest.Story(t, millOutput()))
	ans, err := ask("How much did Harwood's exports fall in March?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("exports: answered %q; the 2.1%% is how far output fell", ans.Answer)
	}
	ans, err = ask("How much did Harwood's output fall in March?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "2.1") {
		t.Errorf("output: found %v %q; want it to lead with 2.1", ans.Found, ans.Answer)
	}
}
