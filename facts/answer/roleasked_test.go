package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_RoleNounSaidByFact: "What did the Texas judge grant Yukos?" links
// "judge" to the one judge the knowledge base names, Rand Rubin, who
// sentenced someone else; "The US bankruptcy court judge in Texas granted
// Yukos an injunction" is about a judge too, and answers.
func TestAsk_RoleNounSaidByFact(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("roundup-2005", "Court roundup", "2005-01-20", "News Desk",
		[]facts.Entity{
			{ID: "love", Name: "Courtney Love", Kind: "person"},
			{ID: "rubin", Name: "Rand Rubin", Kind: "person", Title: "judge", Aliases: []string{"the judge"}},
			{ID: "yukos", Name: "Yukos", Kind: "organization"},
		},
		deskFact("probation", "Judge Rand Rubin sentenced Love to three years' probation.", "rubin"),
		deskFact("injunction", "The US bankruptcy court judge in Texas granted Yukos an injunction barring Gazprom from the auction.", "yukos"),
	)))
	answersWith(t, ask, map[string]string{
		"What did the Texas judge grant Yukos?": "injunction",
	})
}
