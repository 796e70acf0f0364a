package answer

import (
	"slices"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
)

// TestCorrectTypos_NoSlipIntoASmallWord: "Wall" in "Wall Street" is no slip
// of the "All" of the All Blacks, a name the knowledge base holds: the
// question keeps its word, as --explain shows.
func TestCorrectTypos_NoSlipIntoASmallWord(t *testing.T) {
	ix, _ := index.FromStories([]*facts.StoryFile{{
		Story:    facts.Story{ID: "rugby-2005", Title: "All Blacks win", Date: "2005-02-03"},
		Sources:  []facts.Source{{ID: "desk", Title: "All Blacks win", Publisher: "Sport Desk", Published: "2005-02-03"}},
		Entities: []facts.Entity{{ID: "blacks", Name: "All Blacks", Kind: "organization"}},
		Facts:    []facts.Fact{{ID: "win", Statement: "The All Blacks beat France 45-6.", Subject: "blacks", Source: "desk", Status: facts.StatusApproved}},
	}})
	q := parseQuestion("How did Wall Street react to the rate rise?", ix)
	if !slices.ContainsFunc(q.Terms, func(t qterm) bool { return t.Text == "wall" }) {
		var words []string
		for _, t := range q.Terms {
			words = append(words, t.Text)
		}
		t.Errorf("question read as %v; want Wall kept", words)
	}
}
