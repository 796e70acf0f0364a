package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_RoleOfAnotherBody: "Who is the chief executive of Skype?" is not
// answered by "Magnus McEwen-King, chief executive of Broadreach, said ...
// Skype users": the role the fact gives him is held at the body named
// after its "of", and the question names another. The fact that names
// Skype's own chief executive answers.
func TestAsk_RoleOfAnotherBody(t *testing.T) {
	entities := []facts.Entity{
		{ID: "skype", Name: "Skype", Kind: "organization"},
		{ID: "broadreach", Name: "Broadreach", Kind: "organization"},
		{ID: "mcewen-king", Name: "Magnus McEwen-King", Kind: "person", Title: "chief executive of Broadreach", Aliases: []string{"McEwen-King"}},
		{ID: "zennstrom", Name: "Niklas Zennstrom", Kind: "person", Aliases: []string{"Zennstrom"}},
	}
	delighted := deskFact("delighted", "Magnus McEwen-King, chief executive of Broadreach, said the company was delighted to give Skype users free access in its hotspots.", "mcewen-king")
	ask := asker(besideBundled(t, deskStory("skype-wifi-2005", "Skype on wi-fi", "2005-03-10", "Tech Desk", entities, delighted)))
	answersWith(t, ask, map[string]string{"Who is the chief executive of Skype?": ""})
	ask = asker(besideBundled(t, deskStory("skype-wifi-2005", "Skype on wi-fi", "2005-03-10", "Tech Desk", entities, delighted,
		deskFact("growth", "Niklas Zennstrom, chief executive of Skype, said the service had 30 million users.", "zennstrom"))))
	answersWith(t, ask, map[string]string{"Who is the chief executive of Skype?": "Zennstrom"})
}
