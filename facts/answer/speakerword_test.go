package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_SpeakerNamedByAWordTheFactLacks: "What did parents' groups say?"
// names who spoke by a word ("groups") no fact of the story holds; Dr Burn's
// words to anxious parents are not theirs. Named by his title, he is asked
// (a part of the development benchmark).
func TestAsk_SpeakerNamedByAWordTheFactLacks(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev51/stories"))
	answersWith(t, ask, map[string]string{
		"What did parents' groups say about the report?":   "",
		"What did the associate director say about games?": "critical study",
	})
}
