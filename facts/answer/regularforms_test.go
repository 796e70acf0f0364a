package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_AddedIsNoAd: "added" is a form of "add", not the word "ad": "Will
// the benefit show have adverts?" is not answered by acts added to the
// show's bill; "Who has been added to the benefit show?" is.
func TestAsk_AddedIsNoAd(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("benefit-2005", "Stars join tsunami benefit", "2005-01-12", "Arts Desk",
		[]facts.Entity{{ID: "show", Name: "tsunami benefit show", Kind: "event", Aliases: []string{"benefit show"}}},
		deskFact("added", "Organisers have added Madonna and Usher to the benefit show's bill.", "show"),
	)))
	answersWith(t, ask, map[string]string{
		"Will the benefit show have adverts?":     "",
		"Who has been added to the benefit show?": "Madonna",
	})
}
