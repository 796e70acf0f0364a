package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_SmallWordOfANameMakesNoNeighbourAName: a knowledge base that knows
// the rapper The Game holds "the" as a word of a name, but "the same code"
// in a question typed in lower case is no slip of "The Game": the word
// beside "the" is read as the English word it is.
func TestAsk_SmallWordOfANameMakesNoNeighbourAName(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("virus-code-2005", "Phone virus code posted", "2005-01-06", "Tech Desk",
		[]facts.Entity{
			{ID: "game", Name: "The Game", Kind: "person", Title: "US rapper"},
			{ID: "sophos", Name: "Sophos", Kind: "organization", Title: "anti-virus firm"},
		},
		deskFact("posted", "Anti-virus firm Sophos said a programmer had posted the source code of the virus on the internet.", "sophos"),
		deskFact("album", "The Game's debut album topped the US chart.", "game"),
	)))
	answersWith(t, ask, map[string]string{"which firm said the same code was put on the internet?": "Sophos"})
}
