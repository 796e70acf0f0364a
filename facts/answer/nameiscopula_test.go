package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_NameAfterIsNamesIt: "What is Fosters' main wine business
// called?" is answered by "Fosters' main wine business is Beringer Blass
// Wine Estate": "is" and a name after the noun say what it is called, as
// "called" does; "is losing money" names nothing.
func TestAsk_NameAfterIsNamesIt(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("fosters-2005", "Fosters bids for Southcorp", "2005-01-13", "Business Desk",
		[]facts.Entity{
			{ID: "fosters", Name: "Fosters", Kind: "organization"},
			{ID: "southcorp", Name: "Southcorp", Kind: "organization"},
		},
		deskFact("beringer", "Fosters' main wine business is Beringer Blass Wine Estate.", "fosters"),
		deskFact("southcorp-wine", "Southcorp's main wine business is losing money.", "southcorp"),
	)))
	answersWith(t, ask, map[string]string{
		"What is Fosters' main wine business called?":    "Beringer Blass",
		"What is Southcorp's main wine business called?": "",
	})
}
