package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_ActAsObjectOfAnotherVerb: "Lord Browne rejected calls for a
// windfall tax on BP's huge profits" holds "calling" only as "calls", the
// object of his rejecting: it says who rejected them, not who is calling for
// the tax. The story is a part of the development benchmark.
func TestAsk_ActAsObjectOfAnotherVerb(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev72/stories")), map[string]string{
		"Who is calling for a windfall tax on BP?": "",
		"Who rejected calls for a windfall tax?":   "Browne",
	})
}
