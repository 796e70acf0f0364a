package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhichByAWordBeforeTheNoun: "Which sector was hit?" is answered by
// a fact that says which by a word of its own before the noun ("the farm
// sector"), though it names nothing. A figure or a quantity there says how
// many, not which ("three dance magazines"); nor does a word before a noun
// that is not the phrase's head ("union leader" for "Which union...?").
func TestAsk_WhichByAWordBeforeTheNoun(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("monsoon-2005", "Monsoon hurts growth", "2005-01-10", "Business Desk",
		[]facts.Entity{
			{ID: "ministry", Name: "Finance Ministry", Kind: "organization"},
		},
		deskFact("farm", "The Finance Ministry said a poor monsoon had hit the farm sector hard.", "ministry"),
		deskFact("magazines", "The Finance Ministry said three trade magazines have folded this year.", "ministry"),
	)))
	answersWith(t, ask, map[string]string{
		"Which sector was hit by the poor monsoon?": "farm sector",
		"Which trade magazines have folded?":        "",
	})
}
