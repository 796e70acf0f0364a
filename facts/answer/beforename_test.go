package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PrepositionBeforeAName: "What was the score against Belgium?" is
// answered by "Egypt beat Belgium 4-0", which relates Belgium its own way.
func TestAsk_PrepositionBeforeAName(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("friendlies-2005", "Egypt beat Belgium", "2005-02-10", "Sport Desk",
		[]facts.Entity{
			{ID: "egypt", Name: "Egypt", Kind: "country"},
			{ID: "belgium", Name: "Belgium", Kind: "country"},
		},
		deskFact("win", "Egypt beat Belgium 4-0 on Wednesday.", "egypt"),
	)))
	answersWith(t, ask, map[string]string{"What was the score against Belgium?": "4-0"})
}
