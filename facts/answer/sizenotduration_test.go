package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_SizeIsNoDuration: "How tall...?" asks a height, which "born five
// years ago" does not give, though it gives a figure. Where a stretch of
// time ranked first, it kept the fact that gives the height ("The 6ft 4in
// Sherwood") from answering. Both stories are parts of the development
// benchmark.
func TestAsk_SizeIsNoDuration(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev61/stories")), map[string]string{
		"How tall is Honda's Asimo?": "",
	})
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev72/stories")), map[string]string{
		"How tall is Sherwood?": "6ft 4in",
	})
}
