package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_ChangeSaidByUpOrDown: a question's verb of change ("grow",
// "drop") is said by "up" or "down" and a figure, in the direction the
// verb's own "go up" or "go down" gives: "French GDP up 2.3%" says how much
// it grew, and leads with the change, not the level ("down 3.75p", not
// "closed at 270.25p"); it does not say how much GDP fell.
func TestAsk_ChangeSaidByUpOrDown(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("markets-2005", "Markets round-up", "2005-02-12", "Business Desk",
		[]facts.Entity{
			{ID: "france", Name: "France", Kind: "country", Aliases: []string{"French"}},
			{ID: "united", Name: "Manchester United", Kind: "organization", Aliases: []string{"United", "Man Utd"}},
		},
		deskFact("gdp", "That leaves French GDP up 2.3% for the whole of 2004.", "france"),
		deskFact("shares", "Manchester United shares closed at 270.25p on Friday, down 3.75p on the day.", "united"),
	)))
	leadsWith(t, ask, map[string]string{
		"How much did French GDP grow in 2004?":       "2.3%",
		"How much did Man Utd shares drop on Friday?": "3.75p",
	})
	answersWith(t, ask, map[string]string{"How much did French GDP fall in 2004?": ""})
}
