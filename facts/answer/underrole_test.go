package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_DeputyIsNotTheRole: a deputy governor is not the governor, so
// "Who is the governor of the Bank of England?" is not answered by "Bank of
// England deputy governor Rachel Lomax said...", while the deputy governor
// is her; a question that gives "deputy", even misspelt, asks for the
// deputy. The stories are parts of the development benchmark.
func TestAsk_DeputyIsNotTheRole(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev76/stories")), map[string]string{
		"Who is the governor of the Bank of England?":        "",
		"Who is the deputy governor of the Bank of England?": "Lomax",
	})
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev/stories")), map[string]string{
		"Who is the PCSU depty general secretary?": "Lanning",
	})
}
