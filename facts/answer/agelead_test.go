package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_AgeOfTheOneAsked: "How old is Pelham?" leads with the age set
// after his name, 14 of "Emily, 16, and Pelham, 14", not the first age the
// fact gives.
func TestAsk_AgeOfTheOneAsked(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("pound-2005", "MP finds daughter", "2005-02-07", "Politics Desk",
		[]facts.Entity{{ID: "pound", Name: "Stephen Pound", Kind: "person", Aliases: []string{"Pound"}}},
		deskFact("children", "Pound's children Emily, 16, and Pelham, 14, were pleased to have an older sister.", "pound"),
	)))
	leadsWith(t, ask, map[string]string{"How old is Pelham?": "14."})
}
