package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_AffiliationNotOfANoun: "Which writer does Smith want readings
// from?" ends in "from" but asks of readings, a noun, not whom Smith works
// for: her title ("artistic director of Meltdown 2005") is no answer, the
// fact that names the writer is. The story is a development part's, as
// its curator wrote it.
func TestAsk_AffiliationNotOfANoun(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev68/stories"))
	ans, err := ask("Which writer does Smith want readings from?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Genet") {
		t.Errorf("found %v %q; want the writer, Genet", ans.Found, ans.Answer)
	}
}
