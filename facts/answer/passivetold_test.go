package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_PassiveTellsOfThem: one named just before a verb of telling says
// something ("Houlihan called the PSP a sexy bit of kit"), but not when the
// verb is in the passive: "Javier Bardem was named best actor" tells of him
// and gives nothing he said, so "What did Javier Bardem say about winning
// best actor?" is not in the knowledge base. The stories are a part of the
// development benchmark.
func TestAsk_PassiveTellsOfThem(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev74/stories")), map[string]string{
		"What did Javier Bardem say about winning best actor?": "",
		"What did Houlihan say about the PSP?":                 "sexy",
	})
}
