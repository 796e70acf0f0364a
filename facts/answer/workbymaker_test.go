package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WorkByMakerOfAnotherAct: "Who wrote Small Island?" is answered by
// "Small Island by Andrea Levy has won the Whitbread Novel of the Year
// Award": the fact names the maker beside the work, and the curator's
// roles, the winning's (the novel its subject), turn nothing round.
func TestAsk_WorkByMakerOfAnotherAct(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("whitbread-2005", "Levy wins Whitbread novel prize", "2005-01-05", "Arts Desk",
		[]facts.Entity{
			{ID: "levy", Name: "Andrea Levy", Kind: "person", Title: "Novelist", Aliases: []string{"Levy"}},
			{ID: "small-island", Name: "Small Island", Kind: "other"},
			{ID: "whitbread", Name: "Whitbread Novel of the Year Award", Kind: "event", Aliases: []string{"Whitbread"}},
		},
		facts.Fact{ID: "novel-award", Statement: "Small Island by Andrea Levy, a previous Orange Prize winner, has won the Whitbread Novel of the Year Award.",
			Subject: "small-island", Predicate: "won", Object: "whitbread", Source: "desk", Status: facts.StatusApproved},
		deskFact("shortlist", "The Whitbread shortlist was announced in November.", "whitbread"),
	)))
	ans, err := ask("Who wrote Small Island?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Levy") {
		t.Errorf("found %v %q; want Andrea Levy", ans.Found, ans.Answer)
	}
}
