package answer_test

import (
	"testing"
)

// TestAsk_WhichOfAnsweredByTheOne: "Which of the screens is
// touch-sensitive?" is answered by "the bottom one", the fact saying the
// screens beside it.
func TestAsk_WhichOfAnsweredByTheOne(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("ds-2005", "Nintendo DS reviewed", "2005-03-11", "Tech Desk",
		nil,
		deskFact("screens", "Both screens are crisp and clear, and the bottom one is touch sensitive.", ""),
	)))
	answersWith(t, ask, map[string]string{
		"Which of the screens is touch-sensitive?": "bottom one",
	})
}
