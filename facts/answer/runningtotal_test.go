package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_RunningTotal: "The weekend took National
// Treasure's total to $110.2m" gives the total the weekend brought the takings
// to, not what the film made over the weekend; asked for the total, it
// answers. The story is a part of the development benchmark.
func TestAsk_RunningTotal(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev18/stories")), map[string]string{
		"How much did National Treasure make over the weekend?":           "",
		"How much has National Treasure made in total after the weekend?": "110.2m",
	})
}
