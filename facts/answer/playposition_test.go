package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PositionFromTheTitle: "What position does Corry play?" is
// answered by his recorded title, "England forward", as "Who is Corry?" is,
// and so is "What is Corry's position?";
// a title that gives only an office ("former England captain") gives no
// position, and the question is not answered by it.
func TestAsk_PositionFromTheTitle(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("england-squad-2005", "England name squad", "2005-02-01", "Sport Desk",
		[]facts.Entity{
			{ID: "corry", Name: "Martin Corry", Kind: "person", Title: "England forward", Aliases: []string{"Corry"}},
			{ID: "johnson", Name: "Martin Johnson", Kind: "person", Title: "former England captain", Aliases: []string{"Johnson"}},
		},
		deskFact("captain", "Corry will lead England against Wales on Saturday.", "corry"),
		deskFact("praise", "Johnson said Corry had done a tremendous job as captain.", "johnson"),
	)))
	answersWith(t, ask, map[string]string{
		"What position does Corry play?": "England forward",
		"What is Corry's position?":      "England forward",
	})
	notFromTitle(t, ask, "What position did Martin Johnson play?", "Martin Johnson")
}
