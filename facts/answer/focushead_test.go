package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhichKindPastAName: "Which Gloucester centre has been cleared to
// play?" asks for a centre, a person the curator titled so, though
// WordNet's main sense of "centre" is a place; "Gloucester" before it says
// which club's.
func TestAsk_WhichKindPastAName(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("england-2005", "England squad", "2005-02-22", "Sport Desk",
		[]facts.Entity{
			{ID: "gloucester", Name: "Gloucester", Kind: "organization"},
			{ID: "paul", Name: "Henry Paul", Kind: "person", Title: "Gloucester centre", Aliases: []string{"Paul"}},
			{ID: "white", Name: "Julian White", Kind: "person", Title: "Leicester prop", Aliases: []string{"White"}},
		},
		deskFact("cleared", "Gloucester centre Henry Paul has also been cleared to play after overcoming an ankle injury.", "paul"),
		deskFact("neck", "Julian White is out with a neck injury.", "white"),
	)))
	ans, err := ask("Which Gloucester centre has been cleared to play?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Henry Paul") {
		t.Errorf("answered %q (found %v); Henry Paul was cleared", ans.Answer, ans.Found)
	}
}
