package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_FocusLeftUnnamed: a fact that says a which-question's noun and
// leaves it unnamed ("Richards, who has worked with past Olympians, said
// athletes need to stay focused") does not say which, whatever other names
// it gives. A place beside the noun names it ("the Brussels summit"), and a
// noun before another ("the Sundance film festival") is no use of it. The
// stories are parts of the development benchmark.
func TestAsk_FocusLeftUnnamed(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev71/stories")), map[string]string{
		"Which past Olympians has Hugh Richards worked with?": "",
	})
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev63/stories")), map[string]string{
		"Which award did Ozzy win at the MTV Europe Awards in Rome?": "",
	})
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev18/stories")), map[string]string{
		"Which summit was Blair leaving when he spoke?": "Brussels",
	})
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev47/stories")), map[string]string{
		"Which film won the top prize at Sundance?": "Primer",
	})
}
