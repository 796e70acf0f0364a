package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_NameBeforeItsAppositive: "What is Scorsese's Howard Hughes biopic
// called?" is answered by "The Aviator, his biopic of Howard Hughes": the
// name, a comma, then what it is; a fact naming nothing there does not.
func TestAsk_NameBeforeItsAppositive(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("oscars-2005", "Scorsese leads Oscar race", "2005-01-25", "Arts Desk",
		[]facts.Entity{
			{ID: "scorsese", Name: "Martin Scorsese", Kind: "person", Aliases: []string{"Scorsese"}},
			{ID: "hughes", Name: "Howard Hughes", Kind: "person", Aliases: []string{"Hughes"}},
		},
		deskFact("nominated", "Scorsese was nominated for the fifth time, for The Aviator, his biopic of Howard Hughes.", "scorsese"),
		deskFact("mean-streets", "Scorsese once said he had wanted to make a biopic of Howard Hughes for years.", "scorsese"),
	)))
	answersWith(t, ask, map[string]string{
		"What is Scorsese's Howard Hughes biopic called?": "The Aviator",
	})
}
