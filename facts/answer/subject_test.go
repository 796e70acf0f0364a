package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// lettingAgents gives a figure at the end of its clause, of the thing its
// sentence opens with.
func lettingAgents() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "letting-agents-2004", Title: "Flats stay empty longer", Date: "2004-12-13"},
		Sources: []facts.Source{{ID: "desk", Title: "Letting survey", Publisher: "Property Desk", Published: "2004-12-13"}},
		Entities: []facts.Entity{
			{ID: "lettings", Name: "Lettings Association", Kind: "organization"},
		},
		Facts: []facts.Fact{
			{ID: "empty", Statement: "Empty flats on letting agents' books rose for a third month, to an average of 41.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "rents", Statement: "Rents fell 3% in November, the Lettings Association said.",
				Subject: "lettings", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_FigureOfTheSubject: "Empty flats ... rose ..., to an average of
// 41." counts empty flats, though no noun follows the figure.
func TestAsk_FigureOfTheSubject(t *testing.T) {
	ask := asker(indextest.Story(t, lettingAgents()))
	ans, err := ask("How many empty flats does the average letting agent have on its books?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "41") {
		t.Errorf("found %v %q; want the average of 41", ans.Found, ans.Answer)
	}
}
