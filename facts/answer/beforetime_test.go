package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_PrepositionBeforeTimeIsLight: "during November" says how the time
// stands to the act, which "In November the UK exported £16.9bn of goods and
// imported £21.5bn" says its own way: in the knowledge base of the part the
// question came from, that fact answers though it lacks "during". Nor is
// "during", grammar no fact holds, respelt as another word ("suring").
func TestAsk_PrepositionBeforeTimeIsLight(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev66/stories"))
	answersWith(t, ask, map[string]string{
		"How much in goods did the UK import during November?": "£21.5bn",
	})
}
