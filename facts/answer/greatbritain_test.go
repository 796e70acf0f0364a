package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PeopleWordOfLongerName: WordNet gives "British" as a form of
// "Great Britain", not of "Britain"; a form that ends with a country's name
// names it, so "the British quartet that stunned the Americans to take relay
// gold" is about Britain.
func TestAsk_PeopleWordOfLongerName(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("campbell-2005", "Campbell retires", "2005-01-20", "Sport Desk",
		[]facts.Entity{
			{ID: "uk", Name: "Britain", Kind: "country", Aliases: []string{"UK"}},
			{ID: "campbell", Name: "Darren Campbell", Kind: "person", Aliases: []string{"Campbell"}},
		},
		deskFact("relay", "Campbell was in the British quartet that stunned the Americans to take relay gold in Athens in August.", "campbell"),
	)))
	answersWith(t, ask, map[string]string{
		"When did Britain take relay gold?": "August",
	})
}
