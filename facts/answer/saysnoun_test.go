package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_NounIsNoTelling: a noun whose stem is a verb of telling or
// thinking ("reputation", "critic") does not make a fact one of someone
// telling: "What is the New York attorney general investigating?" is not
// answered by "Spitzer has built up a reputation as a fierce critic of ...
// corporate America". (A story of the development benchmark.)
func TestAsk_NounIsNoTelling(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev11/stories/bbc-business-333.yaml"))
	ans, err := ask("What is the New York attorney general investigating?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found && ans.Facts[0].ID == "bbc-business-333/spitzer-reputation" {
		t.Errorf("answered %q; his reputation says nothing of what he investigates", ans.Answer)
	}
}
