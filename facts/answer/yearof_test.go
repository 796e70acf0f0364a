package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_StretchBeforeOf: "ordered her to have a year of anger management
// counselling" says how long she must have it, with no figure. After a
// preposition the words place a time instead: "Within a week of his release
// he contacted the British" does not say how long he spied for them.
func TestAsk_StretchBeforeOf(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("love-2005", "Love sentenced to probation", "2005-02-10", "Entertainment Desk",
		[]facts.Entity{
			{ID: "love", Name: "Courtney Love", Kind: "person"},
			{ID: "spy", Name: "Vladimir Kaufman", Kind: "person"},
		},
		deskFact("counselling", "Judge Rand Rubin ordered her to have a year of anger management counselling.", "love"),
		deskFact("contacted", "Within a week of his release Kaufman contacted the British, who asked him to spy for them.", "spy"),
	)))
	answersWith(t, ask, map[string]string{
		"How long must Courtney Love have anger management counselling?": "a year",
		"How long did Kaufman spy for the British?":                      "",
	})
}
