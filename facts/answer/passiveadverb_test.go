package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PassiveOverAnAdverbNamesNoDoer: "A member of The Game's entourage
// was reportedly shot" says it was done, not by whom, though an adverb
// stands between "was" and the verb and the question asks of a "member", a
// role noun. A passive that someone is then said to have told names its
// teller as the doer: "has been estimated at $40,000 per day, said Jason
// Stilwell".
func TestAsk_PassiveOverAnAdverbNamesNoDoer(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("rap-feud-2005", "Rap feud ends", "2005-03-10", "Entertainment Desk",
		[]facts.Entity{
			{ID: "the-game", Name: "The Game", Kind: "person"},
			{ID: "50-cent", Name: "50 Cent", Kind: "person"},
			{ID: "stilwell", Name: "Jason Stilwell", Kind: "person", Aliases: []string{"Stilwell"}, Title: "county spokesman"},
		},
		deskFact("shooting", "A member of The Game's entourage was reportedly shot outside a radio station where 50 Cent was giving an interview.", "the-game"),
		deskFact("costs", "The cost of security around the courthouse has been estimated at $40,000 per day, said Jason Stilwell.", "stilwell"),
	)))
	answersWith(t, ask, map[string]string{
		"Who shot the member of The Game's entourage?": "",
		"Who estimated the daily security costs?":      "Stilwell",
	})
}
