package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WordThatIsItsOwnStemIsNoSlip: "detect" is an English word, though
// WordNet files its stem under "detective": it is not respelt as a word the
// knowledge base holds ("detention"), and "first spotted" answers "When did
// F-Secure first detect Santy?".
func TestAsk_WordThatIsItsOwnStemIsNoSlip(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("santy-2004", "Santy worm hits forums", "2004-12-22", "Tech Desk",
		[]facts.Entity{
			{ID: "fsecure", Name: "F-Secure", Kind: "organization"},
			{ID: "santy", Name: "Santy", Kind: "other"},
		},
		deskFact("first", "F-Secure first spotted Santy on 21 December.", "fsecure"),
		deskFact("detention", "The author of Santy faces detention in Turkey after police caught him in May.", "santy"),
	)))
	answersWith(t, ask, map[string]string{
		"When did F-Secure first detect Santy?": "21 December",
	})
}
