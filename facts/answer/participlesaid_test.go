package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_ParticipleOfSayingTellsWhatWasSaid: "What did the South African
// president say about British imperialists?" is answered by "Mbeki has
// attacked British imperialists, saying they treated Africans like savages":
// the participle after the comma is what the clause's subject said. A name
// after the participle is what was said about, not who said it.
func TestAsk_ParticipleOfSayingTellsWhatWasSaid(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("mbeki-2005", "Mbeki attacks imperial past", "2005-01-14", "Politics Desk",
		[]facts.Entity{
			{ID: "mbeki", Name: "Thabo Mbeki", Kind: "person", Title: "South African president"},
			{ID: "brown", Name: "Gordon Brown", Kind: "person", Title: "Chancellor"},
		},
		deskFact("savages", "South African president Thabo Mbeki has attacked British imperialists, saying they treated Africans like savages.", "mbeki"),
		deskFact("tour", "The remarks came as the government prepared to send a minister, noting Gordon Brown would tour the continent.", "brown"),
	)))
	answersWith(t, ask, map[string]string{
		"What did the South African president say about British imperialists?": "savages",
		"What did Gordon Brown say about the continent?":                       "",
	})
}
