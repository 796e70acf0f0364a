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

// TestAsk_ActOfAnother: "Stevens takes over from Phil Vickery, who broke his
// arm playing for Gloucester" says whom Vickery plays for, not Stevens;
// asked who plays for Gloucester, the clause answers. A clause with no comma before it may tell of a noun before
// the name ("a show in Wales which explores new music").
func TestAsk_ActOfAnother(t *testing.T) {
	story := deskStory("prop-2005", "Stevens named in England line-up", "2005-02-22", "Sport Desk",
		[]facts.Entity{
			{ID: "stevens", Name: "Matt Stevens", Kind: "person", Aliases: []string{"Stevens"}},
			{ID: "vickery", Name: "Phil Vickery", Kind: "person", Aliases: []string{"Vickery"}},
			{ID: "gloucester", Name: "Gloucester", Kind: "organization", Title: "Rugby club"},
			{ID: "wales", Name: "Wales", Kind: "place"},
			{ID: "late-show", Name: "Late Show", Kind: "other"},
		},
		deskFact("over", "Stevens takes over from Phil Vickery, who broke his arm playing for Gloucester last weekend.", "stevens"),
		deskFact("show", "Stevens once hosted Late Show, a Thursday night show in Wales which explores new music.", "late-show"),
	)
	answersWith(t, asker(indextest.Story(t, story)), map[string]string{
		"Which club does Matt Stevens play for?": "",
		"Who plays for Gloucester?":              "Vickery",
		"What does Late Show explore?":           "new music",
	})
}
