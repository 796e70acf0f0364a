package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_AgeIsNoDuration: "How long did the doubles match last?" asks a
// stretch of time, which "the 26-year-old Bryan twins" is not, though years
// are one; the same fact still tells how old they are (a part of the
// development benchmark, whose story gives no match's length).
func TestAsk_AgeIsNoDuration(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev49/stories"))
	answersWith(t, ask, map[string]string{
		"How long did the doubles match last?": "",
		"How old are the Bryan twins?":         "26",
	})
}
