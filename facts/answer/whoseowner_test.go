package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhoseNounAfterOwner: "Whose agenda might the issue play to?" is
// answered by a fact that says the question's noun after an owner's word,
// "plays to the far right's racist agenda": the owner is whose it is (a part
// of the development benchmark, whose story names no one else's agenda).
func TestAsk_WhoseNounAfterOwner(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev19/stories"))
	answersWith(t, ask, map[string]string{
		"Whose agenda might the issue play to?": "far right",
	})
}
