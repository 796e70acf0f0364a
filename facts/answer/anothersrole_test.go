package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_ActAsAnothersRole: "Who manages Man Utd?" is not answered by "The
// Southampton manager welcomed the opportunity to face United": the noun for
// the one who manages stands after another club's name, so it tells who
// manages Southampton. "Who manages Brentford?" is answered by "The
// Brentford manager...", the question's own club. The stories are a part of
// the development benchmark.
func TestAsk_ActAsAnothersRole(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev76/stories")), map[string]string{
		"Who manages Man Utd?":   "",
		"Who manages Brentford?": "Brentford manager",
	})
}
