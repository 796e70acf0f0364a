package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_NumberWordNamedElsewhere: "five" in "a five-month contract" is a
// figure, though the knowledge base has a channel called Five: written in
// lower case, the word is the number.
func TestAsk_NumberWordNamedElsewhere(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("candela-2005", "Bolton sign Candela", "2005-01-20", "Sport Desk",
		[]facts.Entity{
			{ID: "candela", Name: "Vincent Candela", Kind: "person", Aliases: []string{"Candela"}},
			{ID: "five", Name: "Five", Kind: "organization", Title: "TV channel"},
		},
		deskFact("contract", "Candela said he had signed a five-month contract with Bolton.", "candela"),
		deskFact("channel", "Five will show the match live.", "five"),
	)))
	answersWith(t, ask, map[string]string{"How long is Candela's contract?": "five-month"})
}
