package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_FarAheadHoldsEnoughPerKind: a fact far ahead of the rest answers
// only when it holds enough of the question's words for its kind (see
// decision.json, min_term_coverage_ahead_for and _near_for). "The first
// Eurovision contest was organised by the European Broadcasting Union in
// 1956" holds too little of "Which song won the first Eurovision in 1956?"
// to answer it; so for a why- and a where-question below. "Rifkin recreated
// the missing instrumental parts" answers the which-question of its story
// once the fact ahead of it no longer does. The stories are parts of the
// development benchmark.
func TestAsk_FarAheadHoldsEnoughPerKind(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev75/stories")), map[string]string{
		"Which song won the first Eurovision in 1956?": "",
	})
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev60/stories")), map[string]string{
		"Why should the deficit shrink?": "",
	})
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev63/stories")), map[string]string{
		"Where was the ceremony held?": "",
	})
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev73/stories")), map[string]string{
		"Which parts of the cantata did Rifkin recreate?": "instrumental",
	})
}
