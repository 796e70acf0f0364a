package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_OtherSpelling: a question in American spelling finds a fact in
// British ("legalizing", "legalising"), and one in British a fact in
// American ("organised", "organized").
func TestAsk_OtherSpelling(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("ukip-2005", "UKIP suspends candidate", "2005-02-01", "Politics Desk",
		[]facts.Entity{
			{ID: "houston", Name: "Robert Houston", Kind: "person", Aliases: []string{"Houston"}},
			{ID: "osbourne", Name: "Sharon Osbourne", Kind: "person", Aliases: []string{"Osbourne"}},
		},
		deskFact("proposal", "Houston has proposed legalising cannabis.", "houston"),
		deskFact("recording", "The charity recording was organized by Sharon Osbourne.", "osbourne"),
	)))
	answersWith(t, ask, map[string]string{
		"What did Houston propose legalizing?": "cannabis",
		"Who organised the charity recording?": "Osbourne",
	})
}
