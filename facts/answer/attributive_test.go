package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_BodyBeforeAPersonNoun: "The Glasgow forward had been banned for
// stamping", told of Euan Murray, names no one he stamped on: Glasgow is
// whose forward he is, not a doer. The fact still tells who was banned (a
// part of the development benchmark).
func TestAsk_BodyBeforeAPersonNoun(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev48/stories"))
	answersWith(t, ask, map[string]string{
		"Who did Euan Murray stamp on?":    "",
		"Why had Euan Murray been banned?": "stamping",
	})
}
