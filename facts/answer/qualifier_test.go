package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// playerSurvey counts people in general and people of one kind.
func playerSurvey() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "players-2005", Title: "Millions buy MP3 players", Date: "2005-02-28"},
		Sources: []facts.Source{{ID: "desk", Title: "Players", Publisher: "Tech Desk", Published: "2005-02-28"}},
		Entities: []facts.Entity{
			{ID: "pew", Name: "Pew Internet and American Life Project", Kind: "organization", Aliases: []string{"Pew"}},
		},
		Facts: []facts.Fact{
			{ID: "one-in-ten", Statement: "One in 10 adult Americans, or 22 million people, owns an MP3 player, a survey has found.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "broadband", Statement: "Almost a quarter of people with broadband at home have a player, against 9% of those with dial-up access.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "reasons", Statement: "Ease of use and the growing amount of music online were the main reasons for the rise.",
				Subject: "pew", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_CountedQualifier: "How many people with broadband...?" counts
// people of a kind: a figure of people in general does not answer it, nor is
// "people" the question's verb, though English can people a land.
func TestAsk_CountedQualifier(t *testing.T) {
	ask := asker(indextest.Story(t, playerSurvey()))
	ans, err := ask("How many people with broadband have an MP3 player?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found && strings.Contains(ans.Answer, "22 million") {
		t.Errorf("answered %q; 22 million is of all adult Americans, not those with broadband", ans.Answer)
	}
}
