package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhichFactsThatAgree: two facts that name the same one of the kind
// a which-question asks for ("told the Independent", twice) agree, and the
// question is answered though neither is ahead of the other.
func TestAsk_WhichFactsThatAgree(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("bnp-2005", "BNP leader on the Tories", "2005-02-01", "Politics Desk",
		[]facts.Entity{
			{ID: "griffin", Name: "Nick Griffin", Kind: "person", Title: "BNP leader", Aliases: []string{"Griffin"}},
			{ID: "independent", Name: "The Independent", Kind: "organization", Title: "newspaper", Aliases: []string{"Independent"}},
			{ID: "tories", Name: "Conservative Party", Kind: "organization", Aliases: []string{"Tories"}},
		},
		deskFact("switch", "Griffin told the Independent he expected some voters to switch to the Tories over immigration.", "griffin"),
		deskFact("turf", "Griffin told the Independent the Tories' plans were a definite move onto his party's turf.", "griffin"),
	)))
	ans, err := ask("Which newspaper did Griffin speak to?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Independent") {
		t.Errorf("answered %q (found %v); he told the Independent", ans.Answer, ans.Found)
	}
}
