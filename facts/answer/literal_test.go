package answer_test

import (
	"slices"
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

// TestAsk_WhoIsNeedsApprovedFact: "Who is X?" is answered only with an
// approved fact to cite; a title curated beside pending facts is not enough.
func TestAsk_WhoIsNeedsApprovedFact(t *testing.T) {
	sf := millFire()
	sf.Entities = append(sf.Entities, facts.Entity{ID: "rosa-delgado", Name: "Rosa Delgado", Kind: "person", Title: "the mayor of Milltown"})
	sf.Facts = append(sf.Facts, facts.Fact{ID: "mayor-visit", Statement: "Mayor Rosa Delgado visited the site.", Subject: "rosa-delgado",
		Source: "desk", Status: facts.StatusPending})
	ask := asker(indextest.Story(t, sf))
	ans, err := ask("Who is Rosa Delgado?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found || len(ans.Facts) != 0 {
		t.Errorf("answered %q citing %v from a title and a pending fact; want not found", ans.Answer, ans.Facts)
	}
	for _, s := range ans.Suggestions {
		if s == "Who is Rosa Delgado?" {
			t.Errorf("suggests the question just asked: %q", ans.Suggestions)
		}
	}
	ans, err = ask("Who is Dana Reyes?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || len(ans.Facts) == 0 || ans.Facts[0].Source.Title == "" {
		t.Errorf("Who is Dana Reyes? = %q citing %v; want her title with an approved, sourced fact", ans.Answer, ans.Facts)
	}
}

// TestAsk_Suggestions: a refusal offers questions that fit what each entity
// is: no "Who is" of a thing.
func TestAsk_Suggestions(t *testing.T) {
	ask := asker(indextest.Story(t, millFire()))
	ans, err := ask("How many windows did the mill have?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Fatalf("answered %q", ans.Answer)
	}
	want := "What is the old textile mill?"
	if !slices.Contains(ans.Suggestions, want) {
		t.Errorf("suggestions %q lack %q", ans.Suggestions, want)
	}
	for _, s := range ans.Suggestions {
		if strings.HasPrefix(s, "Who is the old textile mill") {
			t.Errorf("suggests %q of a place", s)
		}
	}
}
