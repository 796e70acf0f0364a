package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_CausingVerb: a why-question is answered by a fact whose verb says
// what causes the thing asked of ("Relatively low wages in Romania ... mean
// few people can afford a new phone"), as by one with "because" (a part of
// the development benchmark).
func TestAsk_CausingVerb(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev73/stories")), map[string]string{
		"Why can few Romanians afford a new phone?":                      "low wages",
		"Why can recycled handsets get a second life in poorer nations?": "low cost",
	})
}
