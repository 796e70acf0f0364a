package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_FarAheadMeansFar: a fact that holds few of the question's words
// answers only when it is well ahead of every other (decision.json's
// min_margin, 0.8 since stop 62). "Celltick spokesman Yaron Toren said
// operators need to start using the tool" was ahead by less and named no
// technology; "George Clooney reacted angrily to a TV host's suggestion
// that not all funds raised would go towards tsunami relief" does not say
// where the money goes. Both are parts of the development benchmark.
func TestAsk_FarAheadMeansFar(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev48/stories")), map[string]string{
		"What technology are operators using instead?": "",
	})
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev29/stories")), map[string]string{
		"Where will the money raised go?": "",
	})
}
