package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_AgeAfterTheNounSaysWhen: "Jamelia was signed to a record label
// at the age of 15" says when she was signed, not which label: the words
// after the noun tell her age, as a time would, and do not single it out.
// The story is part of the development benchmark.
func TestAsk_AgeAfterTheNounSaysWhen(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev61/stories")), map[string]string{
		"Which record label signed Jamelia?": "",
	})
}
