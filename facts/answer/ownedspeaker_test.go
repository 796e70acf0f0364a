package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_SpeakerNamedByWhatTheyAre: "What did Morley's daughter say?"
// names who spoke by a noun the person owns; "Morley's daughter Ruth said"
// is her speaking, though the question names only her father.
func TestAsk_SpeakerNamedByWhatTheyAre(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("morley-dies-2005", "Comic Morley dies", "2005-01-05", "Arts Desk",
		[]facts.Entity{
			{ID: "morley", Name: "Ted Morley", Kind: "person", Title: "comedian", Aliases: []string{"Morley"}},
			{ID: "ruth", Name: "Ruth Morley", Kind: "person", Title: "Morley's daughter", Aliases: []string{"Ruth"}},
		},
		deskFact("dies", "Veteran comedian Ted Morley has died at his home in Cornwall, aged 88.", "morley"),
		deskFact("daughter", "Morley's daughter Ruth said her father had loved every minute on stage.", "ruth"),
	)))
	answersWith(t, ask, map[string]string{
		"What did Morley's daughter say?": "loved every minute",
	})
}
