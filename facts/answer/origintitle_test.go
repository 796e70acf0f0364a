package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_NationalityFromTheTitle: "What nationality is Chepkemei?" and
// "Where is Bellamy from?" are answered by recorded titles that give it
// ("Kenyan runner", "Newcastle striker and Wales international"); a title
// that gives none ("Tottenham manager") answers no such question.
func TestAsk_NationalityFromTheTitle(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("sport-roundup-2005", "Sport round-up", "2005-01-20", "Sport Desk",
		[]facts.Entity{
			{ID: "chepkemei", Name: "Susan Chepkemei", Kind: "person", Title: "Kenyan runner", Aliases: []string{"Chepkemei"}},
			{ID: "bellamy", Name: "Craig Bellamy", Kind: "person", Title: "Newcastle striker and Wales international", Aliases: []string{"Bellamy"}},
			{ID: "jol", Name: "Martin Jol", Kind: "person", Title: "Tottenham manager", Aliases: []string{"Jol"}},
		},
		deskFact("fit", "Chepkemei has decided she is fit enough to run in the Great Edinburgh cross country.", "chepkemei"),
		deskFact("fined", "Newcastle have fined Bellamy two weeks' wages.", "bellamy"),
		deskFact("jol", "Jol said his side had been unlucky.", "jol"),
	)))
	answersWith(t, ask, map[string]string{
		"What nationality is Chepkemei?":  "Kenyan",
		"Where is Bellamy from?":          "Wales",
		"What nationality is Martin Jol?": "",
	})
}
