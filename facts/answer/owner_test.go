package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// strikerTransfer gives one man's figure in a relative clause after his name,
// in a fact that names another man after it.
func strikerTransfer() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "striker-2005", Title: "Former captain backs striker", Date: "2005-02-14"},
		Sources: []facts.Source{{ID: "desk", Title: "Captain backs striker", Publisher: "Sport Desk", Published: "2005-02-14"}},
		Entities: []facts.Entity{
			{ID: "hale", Name: "Tom Hale", Kind: "person", Aliases: []string{"Hale"}},
			{ID: "dunn", Name: "Lee Dunn", Kind: "person", Aliases: []string{"Dunn"}},
		},
		Facts: []facts.Fact{
			{ID: "backing", Statement: "Hale, who scored 140 goals for the club, said striker Lee Dunn should stay until the summer.",
				Subject: "hale", Source: "desk", Status: facts.StatusApproved},
			{ID: "contract", Statement: "Dunn's contract runs out at the end of the season.",
				Subject: "dunn", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_FigureOfAnother: "Hale, who scored 140 goals" gives Hale's goals,
// not those of Dunn, named after it.
func TestAsk_FigureOfAnother(t *testing.T) {
	ask := asker(indextest.Story(t, strikerTransfer()))
	ans, err := ask("How many goals has Lee Dunn scored?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("Dunn: answered %q; the 140 goals are Hale's", ans.Answer)
	}
	ans, err = ask("How many goals did Tom Hale score?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "140") {
		t.Errorf("Hale: found %v %q; want it to lead with 140", ans.Found, ans.Answer)
	}
}
