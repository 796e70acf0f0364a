package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// millFire is a story written out in Go, the way a test of ranking can state
// exactly what the knowledge base holds.
func millFire() *facts.StoryFile {
	sixty := 60.0
	return &facts.StoryFile{
		Story:   facts.Story{ID: "mill-fire-2024", Title: "Fire destroys Milltown's old textile mill", Date: "2024-03-02"},
		Sources: []facts.Source{{ID: "desk", Title: "Mill fire", Publisher: "Milltown Courier", Published: "2024-03-03"}},
		Entities: []facts.Entity{
			{ID: "dana-reyes", Name: "Dana Reyes", Kind: "person", Title: "Milltown's fire chief", Aliases: []string{"Reyes"}},
			{ID: "textile-mill", Name: "the old textile mill", Kind: "place", Aliases: []string{"mill"}},
		},
		Facts: []facts.Fact{
			{ID: "mill-burned", Statement: "A fire destroyed the old textile mill in Milltown on Saturday.", Subject: "textile-mill",
				Predicate: "destroyed", Date: "2024-03-02", Source: "desk", Status: facts.StatusApproved},
			{ID: "firefighters", Statement: "About 60 firefighters fought the blaze for six hours.", Value: &sixty, Unit: "firefighters",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "reyes-quote", Statement: "Fire chief Dana Reyes said the building was empty.", Quote: "We were lucky nobody was inside",
				Speaker: "dana-reyes", Source: "desk", Status: facts.StatusApproved},
			{ID: "cause-pending", Statement: "Investigators suspect faulty wiring started the fire.", Source: "desk", Status: facts.StatusPending},
			{ID: "mill-history", Statement: "The mill opened in 1925 and employed workers from across the valley.", Subject: "textile-mill",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "no-rebuild", Statement: "The owners said the mill will not be rebuilt.", Subject: "textile-mill", Predicate: "rebuilt",
				Source: "desk", Status: facts.StatusApproved},
		},
	}
}

func TestAsk_LiteralStory(t *testing.T) {
	ask := asker(indextest.Story(t, millFire()))
	for _, tt := range []struct{ q, factID string }{
		{"How many firefighters fought the fire?", "mill-fire-2024/firefighters"},
		{"What did the fire chief say?", "mill-fire-2024/reyes-quote"},
		{"When was the mill destroyed?", "mill-fire-2024/mill-burned"},
		{"Who is Dana Reyes?", ""},
	} {
		ans, err := ask(tt.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || (tt.factID != "" && ans.Facts[0].ID != tt.factID) {
			t.Errorf("%q: found %v, %q %+v; want %s first", tt.q, ans.Found, ans.Answer, ans.Facts, tt.factID)
		}
	}
	// A pending fact never answers, and what the story does not hold is said plainly.
	for _, q := range []string{"What started the fire?", "How many people died in the fire?",
		"How many workers did the mill employ?"} { // a year is no count
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found || !strings.Contains(ans.Answer, "not in the knowledge base") {
			t.Errorf("%q: answered %q, want not in the knowledge base", q, ans.Answer)
		}
	}
}

// TestAsk_Lead: the answer says first what was asked (the figure, the date,
// yes or no), then the fact that gives it.
func TestAsk_Lead(t *testing.T) {
	ask := asker(indextest.Story(t, millFire()))
	for _, tt := range []struct{ q, lead string }{
		{"How many firefighters fought the fire?", "About 60 firefighters"},
		{"When was the mill destroyed?", "Saturday"},
		{"Will the mill be rebuilt?", "No"},
		{"Was the mill destroyed by a fire?", "Yes"},
		{"What did the fire chief say?", ""}, // nothing to say before the fact
	} {
		ans, err := ask(tt.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || ans.Lead != tt.lead {
			t.Errorf("%q: found %v, lead %q, want %q (%q)", tt.q, ans.Found, ans.Lead, tt.lead, ans.Answer)
			continue
		}
		if tt.lead != "" && !strings.HasPrefix(ans.Answer, tt.lead+". "+ans.Facts[0].Statement) {
			t.Errorf("%q: answer %q, want the lead then the fact", tt.q, ans.Answer)
		}
	}
}
