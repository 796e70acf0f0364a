package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_DoerOfTheInfinitive: "Michael Owen is set to replace Gareth
// Thomas" makes Owen the one replacing, though the verb asked comes after
// "to": "Who will replace Owen as captain?" is not answered by it, "Who
// will replace Thomas as captain?" is.
func TestAsk_DoerOfTheInfinitive(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("wales-captain-2005", "Owen to lead Wales", "2005-03-01", "Sport Desk",
		[]facts.Entity{
			{ID: "owen", Name: "Michael Owen", Kind: "person", Aliases: []string{"Owen"}},
			{ID: "thomas", Name: "Gareth Thomas", Kind: "person", Aliases: []string{"Thomas"}},
			{ID: "wales", Name: "Wales", Kind: "country"},
		},
		deskFact("new-captain", "Wales number eight Michael Owen is set to replace Gareth Thomas as Wales captain.", "owen"),
	)))
	answersWith(t, ask, map[string]string{
		"Who will replace Owen as captain?":   "",
		"Who will replace Thomas as captain?": "Owen",
	})
}
