package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// commuterSurvey gives a share of people as the subject of what they said.
func commuterSurvey() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "commuter-survey-2005", Title: "Commuters tired of delays", Date: "2005-05-02"},
		Sources: []facts.Source{{ID: "desk", Title: "Commuter survey", Publisher: "Transport Desk", Published: "2005-05-02"}},
		Entities: []facts.Entity{
			{ID: "railwatch", Name: "Railwatch", Kind: "organization"},
		},
		Facts: []facts.Fact{
			{ID: "tired", Statement: "In a Railwatch survey, 62% said they were angry about delays on the morning trains.",
				Subject: "railwatch", Source: "desk", Status: facts.StatusApproved},
			{ID: "fares", Statement: "Railwatch wants fares frozen until the trains run on time.",
				Subject: "railwatch", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_FigureThatSays: "62% said they were angry" counts the people who
// are angry, though no word for people follows the figure.
func TestAsk_FigureThatSays(t *testing.T) {
	ask := asker(besideBundled(t, commuterSurvey()))
	ans, err := ask("How many people are angry about delays on the trains?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "62") {
		t.Errorf("found %v %q; want it to lead with 62", ans.Found, ans.Answer)
	}
}
