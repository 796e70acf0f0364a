package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_VerbFormIsNoTime: "going" is a form of "go", whose main sense as a
// noun is a stretch of time (a turn): "that going" places nothing in time,
// and a fact that only says it does not tell when.
func TestAsk_VerbFormIsNoTime(t *testing.T) {
	ask := asker(indextest.Story(t, bannedSprinter()))
	ans, err := ask("When did Whyte go to Conti?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; no fact says when she went to Conti", ans.Answer)
	}
}
