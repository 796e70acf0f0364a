package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhyNeedsACause: a why-question is answered by a fact that gives a
// cause, in a word that surely does ("because") or may ("for", "since",
// "by", "on the back of"); a fact that only tells the event asked about, in
// every word of the question, does not say why, and the answer is that the
// knowledge base does not hold it.
func TestAsk_WhyNeedsACause(t *testing.T) {
	for _, c := range []struct {
		statement string
		found     bool
	}{
		{"The port has changed the name of Albert Pier.", false},
		{"The port has changed the name of Albert Pier for its centenary.", true},
		{"The port has changed the name of Albert Pier since the old name offended dockers.", true},
		{"The port has changed the name of Albert Pier because the old name offended dockers.", true},
		{"The old name offended dockers, so the port has changed the name of Albert Pier.", true}, // what came before ", so"
	} {
		sf := dockStrike()
		sf.Facts = append(sf.Facts, facts.Fact{ID: "pier-renamed", Statement: c.statement, Source: "desk", Status: facts.StatusApproved})
		ask := asker(indextest.Story(t, sf))
		ans, err := ask("Why was the name of Albert Pier changed?", facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != c.found || c.found && ans.Facts[0].ID != "dock-strike-2024/pier-renamed" {
			t.Errorf("%q: found %v %q; want found %v", c.statement, ans.Found, ans.Answer, c.found)
		}
	}
}
