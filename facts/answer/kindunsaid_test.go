package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_KindUnsaid: "What kind of company is Parmalat?" is not answered
// by a fact that says "the company" and no more ("carried on working with
// the company"), but by one that says which kind ("the scandal-hit Italian
// dairy firm"); "her visa" is no kind of visa, "a visitor's visa" is. The
// stories are parts of the development benchmark.
func TestAsk_KindUnsaid(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev16/stories")), map[string]string{
		"What kind of company is Parmalat?": "dairy",
	})
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev75/stories")), map[string]string{
		"what kind of visa was negar khan on?": "visitor",
	})
}
