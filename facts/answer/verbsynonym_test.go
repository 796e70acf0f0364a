package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_VerbSynonymNeedsTheRest: a what- or which-question whose verb a
// fact holds only by a synonym ("accused" for "blamed") is one paraphrase
// away already, and is not answered when a word besides is missing too
// ("the lawsuit" is not what Marsh was accused of); the verb itself, or a
// synonym with the rest of the question held ("attribute the loss to"),
// answers (a part of the development benchmark).
func TestAsk_VerbSynonymNeedsTheRest(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev/stories"))
	answersWith(t, ask, map[string]string{
		"What was Marsh accused of in the lawsuit?": "",
		"What did Marsh blame the loss on?":         "$850m payout",
		"What did Marsh attribute the loss to?":     "$850m payout",
	})
}
