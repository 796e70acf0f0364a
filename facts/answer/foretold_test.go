package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_ForetoldIsNotDone: a fact that tells of an act only as to come
// ("is expected to win", "will win") does not say who did it: "Who won the
// election?" is not answered by it, while what is expected still is; told
// that he won, the question is answered.
func TestAsk_ForetoldIsNotDone(t *testing.T) {
	story := deskStory("abbas-poll", "Abbas poised for poll win", "2005-01-05", "World Desk",
		[]facts.Entity{
			{ID: "abbas", Name: "Mahmoud Abbas", Kind: "person", Title: "PLO chairman", Aliases: []string{"Abbas"}},
			{ID: "poll", Name: "Palestinian presidential election", Kind: "event"},
		},
		deskFact("favourite", "Abbas is expected to win the Palestinian presidential election on 9 January.", "abbas"),
	)
	answersWith(t, asker(besideBundled(t, story)), map[string]string{
		"Who is expected to win the Palestinian presidential election?": "Abbas",
		"When is the Palestinian presidential election?":                "9 January",
	})
	answersOnceTold(t, story, "Who won the Palestinian presidential election?",
		deskFact("won", "Abbas won the Palestinian presidential election with 62% of the vote.", "abbas"), "Abbas")
}
