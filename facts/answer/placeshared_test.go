package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_PlaceOnlyInAList: "How many DS consoles has Nintendo sold in
// Japan?" is not answered by "selling a million in the US and Japan", nor
// "How many people were killed in India?" by "Sri Lanka, India, Indonesia
// and Thailand are the worst-hit areas ... at least 23,000 people have been
// killed": the figures are the places' together. A figure for each of them
// is each one's: "The UK, France and Luxembourg follow Ireland with five
// Eurovision wins each". The stories are parts of the development benchmark.
func TestAsk_PlaceOnlyInAList(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev74/stories")), map[string]string{
		"How many DS consoles has Nintendo sold in Japan?": "",
	})
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev23/stories")), map[string]string{
		"How many people were killed in India?": "",
	})
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev75/stories")), map[string]string{
		"How many wins does the UK have?": "five",
	})
}
