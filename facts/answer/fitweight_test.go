package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_FitWeighsInTheRanking: how well a fact gives the kind of answer
// wanted weighs more in the ranking (decision.json's weight for answer-type
// fit, 4.2 since stop 62, was 2.86) against how much of the question's words
// it holds. "Chelsea said the club has a zero tolerance policy
// towards drugs" says what the policy is; the fact that holds more of the
// question's words only tells what it covers, and no longer answers alone.
// "BBC1 and ITV1, the two main channels, both saw their January audience
// share decline" gives no share, and no longer answers with its "two".
// Both are parts of the development benchmark.
func TestAsk_FitWeighsInTheRanking(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev40/stories")), map[string]string{
		"What is Chelsea's policy on drugs?": "zero tolerance",
	})
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev43/stories")), map[string]string{
		"What was ITV1's audience share in January?": "",
	})
}
