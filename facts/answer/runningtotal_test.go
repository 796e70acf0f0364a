package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"

	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_RunningTotal: "The weekend took National
// Treasure's total to $110.2m" gives the total the weekend brought the takings
// to, not what the film made over the weekend; asked for the total, it
// answers. The story is a part of the development benchmark.
func TestAsk_RunningTotal(t *testing.T) {
	answersWith(t, asker(indextest.Bundled(t, "../eval/testdata/realnews/dev18/stories")), map[string]string{
		"How much did National Treasure make over the weekend?":           "",
		"How much has National Treasure made in total after the weekend?": "110.2m",
	})
}

// TestAsk_RunningTotalBesideADuration: "December's hiring took the total of
// jobs created in 2004 to 2.2 million, the best showing in five years" is
// still a running total, though it also gives a stretch of time: the five
// years are no amount of what December added.
func TestAsk_RunningTotalBesideADuration(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev42/stories"))
	ans, err := ask("How many jobs did the US add in December?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found && strings.Contains(ans.Answer, "2.2 million") {
		t.Errorf("answered %q; 2.2 million is the year's total", ans.Answer)
	}
}
