package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_VerbByItsDoersNoun: "How many viewers watched...?" is answered by
// "peaked at 12.1 million viewers": WordNet's noun for one who watches,
// "watcher", is in its main sense a viewer, so the fact says the watching.
func TestAsk_VerbByItsDoersNoun(t *testing.T) {
	story := deskStory("quiz-final-2005", "Quiz final audience", "2005-01-18", "Media Desk",
		[]facts.Entity{
			{ID: "quiz", Name: "Brain Trust", Kind: "other", Title: "TV quiz show"},
			{ID: "bell", Name: "Anna Bell", Kind: "person", Aliases: []string{"Bell"}},
		},
		deskFact("host", "Brain Trust's final was hosted by a former champion.", "quiz"),
	)
	answersOnceTold(t, story, "How many viewers watched Brain Trust at the peak when Anna Bell won?",
		deskFact("viewers", "The previous Brain Trust series peaked at 12.1 million viewers when Anna Bell won.", "quiz"), "12.1 million")
}
