package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PronounAsksAboutAPerson: "Where was he detained?" names no one,
// but asks about a person, which the bundled story's "Beijing detaining
// Uyghurs in Xinjiang" has none of; a fact that speaks of a person, by
// name, noun or pronoun, may still answer such a question.
func TestAsk_PronounAsksAboutAPerson(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("fischer-2004", "Fischer fights deportation", "2004-07-16", "World Desk",
		[]facts.Entity{
			{ID: "fischer", Name: "Bobby Fischer", Kind: "person", Aliases: []string{"Fischer"}},
		},
		deskFact("passport", "The US revoked Fischer's passport after he played a match in Yugoslavia in 1992.", "fischer"),
	)))
	answersWith(t, ask, map[string]string{
		"Where was he detained?":             "",
		"Where did he play a match in 1992?": "Yugoslavia",
	})
}
