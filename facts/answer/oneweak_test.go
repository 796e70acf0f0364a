package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_AllButOneWord: a fact far ahead of the rest that holds every word
// of a yes-no question but one ("big", said "major") answers it; one that
// lacks two of its words ("big" and "prices") does not. (Another fact says
// "big", so that the word is no concept the knowledge base lacks.)
func TestAsk_AllButOneWord(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("retail-2005", "Retail sales slow in January", "2005-02-10", "Business Desk",
		[]facts.Entity{{ID: "deloitte", Name: "Deloitte", Kind: "organization"}},
		deskFact("impact", "Deloitte stressed that the slowdown was unlikely to have any major impact on retail prices.", "deloitte"),
		deskFact("chains", "Sales at big chains fell 0.5% in January.", ""),
	)))
	answersWith(t, ask, map[string]string{
		"Will the slowdown have a big impact on retail prices?": "impact on retail prices",
		"Will the slowdown have a big impact on shop rents?":    "",
	})
}

// TestAsk_AllButOneWordWhat: a what-question answered by a fact far ahead
// that holds all its words but one must hold 0.825 of them (since stop 63):
// "Sophos urged users and companies to update their anti-virus software"
// says nothing of what Sophos charges for it. The story is part of the
// development benchmark.
func TestAsk_AllButOneWordWhat(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev75/stories")), map[string]string{
		"What does Sophos charge for its anti-virus software?": "",
	})
}
