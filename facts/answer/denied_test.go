package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_DeniedActionGivesNoFigure: a fact that says the survey did not
// interview teenagers tells of no interviewing, so gives no figure of it:
// "How many people did the survey interview?" is not answered with the
// millions of under-18s it left out. (The story sits beside the bundled one,
// so the words weigh as in a real knowledge base.)
func TestAsk_DeniedActionGivesNoFigure(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../testdata/mp3-survey-2005.yaml"))
	ans, err := ask("How many people did the survey interview?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; no fact says how many people the survey interviewed", ans.Answer)
	}
}
