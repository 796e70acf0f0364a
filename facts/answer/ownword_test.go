package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// hospitalReview is a small story in which the fact that says who will
// prepare the report names them by common nouns, and another fact says the
// question's words only in other senses ("set up", "account").
func hospitalReview() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "hospital-review-2005", Title: "Report ordered on escape", Date: "2005-01-19"},
		Sources: []facts.Source{{ID: "desk", Title: "Report ordered", Publisher: "Scottish Desk", Published: "2005-01-19"}},
		Entities: []facts.Entity{
			{ID: "watchdog", Name: "Human Rights Watch", Kind: "organization"},
		},
		Facts: []facts.Fact{
			{ID: "inquiry", Statement: "Human Rights Watch said member states should set up a commission of inquiry and hold those responsible to account.",
				Subject: "watchdog", Source: "desk", Status: facts.StatusApproved},
			{ID: "ordered", Statement: "The first minister ordered a review of the decision to let a patient go on a visit without a guard.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "who-prepares", Statement: "The health department and the state hospital will prepare the report together.",
				Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_OwnWordNeeded: a fact that holds none of the question's words
// itself, only related ones, and no name the question gives, does not
// answer it: "Who will prepare the report?" is not answered by "set up ...
// to account".
func TestAsk_OwnWordNeeded(t *testing.T) {
	ask := asker(indextest.Story(t, hospitalReview()))
	ans, err := ask("Who will prepare the report?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found && !strings.Contains(ans.Answer, "health department") {
		t.Errorf("answered %q; only the fact naming the health department answers", ans.Answer)
	}
}
