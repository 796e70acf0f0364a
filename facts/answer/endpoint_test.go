package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhereTheActGoes: "Where will the money come from?" is answered by
// what it comes from, after the act's verb and a preposition of motion ("will
// come from a new lottery fund"), and "Where does the ticket money go?" by
// "going to charity", though neither is a place WordNet or the curator
// knows; the act said as a thing ("his death was put down to the
// treatment") says nowhere.
func TestAsk_WhereTheActGoes(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("arts-fund-2005", "Arts fund launched", "2005-03-09", "Arts Desk",
		[]facts.Entity{
			{ID: "fund", Name: "Northern Arts Initiative", Kind: "other", Aliases: []string{"initiative"}},
			{ID: "gala", Name: "Harbour Film Gala", Kind: "event", Aliases: []string{"gala"}},
			{ID: "keel", Name: "Arthur Keel", Kind: "person", Aliases: []string{"Keel"}},
		},
		deskFact("money", "The money for the Northern Arts Initiative will come from a new lottery fund.", "fund"),
		deskFact("tickets", "Six films were shown on the gala's first night, with all money from ticket sales going to charity.", "gala"),
		deskFact("death", "Keel had been ill, and his death has been put down to the treatment he was having.", "keel"),
	)))
	answersWith(t, ask, map[string]string{
		"Where will the money for the Northern Arts Initiative come from?": "lottery fund",
		"Where does the ticket money from the gala go?":                    "charity",
		"Where did Keel die?": "",
	})
}
