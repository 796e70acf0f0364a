package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// genericsMaker says "several" drugs, which is no number of them.
func genericsMaker() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "generics-2005", Title: "Generics maker eyes patents", Date: "2005-01-28"},
		Sources: []facts.Source{{ID: "desk", Title: "Generics maker", Publisher: "Business Desk", Published: "2005-01-28"}},
		Entities: []facts.Entity{
			{ID: "medco", Name: "Medco Labs", Kind: "organization", Aliases: []string{"Medco"}},
		},
		Facts: []facts.Fact{
			{ID: "patents", Statement: "Patents on several well-known drugs are due to expire soon, an opportunity for Medco Labs.",
				Subject: "medco", Source: "desk", Status: facts.StatusApproved},
			{ID: "profits", Statement: "Medco Labs said profits fell 20% as research costs went up.",
				Subject: "medco", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_SeveralIsNoFigure: "several well-known drugs" does not say how
// many drugs.
func TestAsk_SeveralIsNoFigure(t *testing.T) {
	ask := asker(indextest.Story(t, genericsMaker()))
	ans, err := ask("How many new drugs is Medco planning to launch next year?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; several is no number", ans.Answer)
	}
}
