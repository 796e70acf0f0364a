package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_BodyWithinSpeaksForIt: a body whose name begins with an
// organisation's ("Google security team") speaks for it, as its director
// would; a product named after its maker ("Sony PlayStation Portable") is no
// body, and what a magazine says of it is not what Sony said.
func TestAsk_BodyWithinSpeaksForIt(t *testing.T) {
	team := deskFact("do-better", "Google's security team told F-Secure that a seven hour response was not outrageous but that it can and should do better.", "google-security")
	team.Speaker = "google-security"
	team.Quote = "While a seven hour response for something like this is not outrageous, we think we can and should do better."
	ask := asker(besideBundled(t, deskStory("santy-2004", "Santy worm makes unwelcome visit", "2004-12-22", "Tech Desk",
		[]facts.Entity{
			{ID: "google", Name: "Google", Kind: "organization"},
			{ID: "google-security", Name: "Google security team", Kind: "group"},
			{ID: "f-secure", Name: "F-Secure", Kind: "organization"},
			{ID: "sony", Name: "Sony", Kind: "organization"},
			{ID: "psp", Name: "Sony PlayStation Portable", Kind: "other", Aliases: []string{"PSP"}},
			{ID: "stuff", Name: "Stuff Magazine", Kind: "organization", Aliases: []string{"Stuff"}},
		},
		team,
		deskFact("top-gadget", "Sony's PlayStation Portable is the top UK gadget for 2005, according to a round-up of gizmos compiled by Stuff Magazine.", "psp"),
	)))
	answersWith(t, ask, map[string]string{
		"What did Google say about its seven-hour response?": "do better",
		"What did Sony say about the Stuff list?":            "",
	})
}
