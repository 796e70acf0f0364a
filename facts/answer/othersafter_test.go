package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhoAfterPreposition: "Who was the original Cabir sent to?" is
// answered by the words after "sent to" in the fact, a noun for a body
// though no name: "it was sent to anti-virus firms" (a part of the
// development benchmark).
func TestAsk_WhoAfterPreposition(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev16/stories"))
	answersWith(t, ask, map[string]string{
		"Who was the original Cabir sent to?": "anti-virus firms",
	})
}
