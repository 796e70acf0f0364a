package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_NamingVerbInAnotherVerb: "What is the parliamentary group
// called?" asks a name; "has called for a tightening" says "called" as part
// of another verb ("call for") and names nothing, where "the group, called
// the Betting and Gaming Group" names it.
func TestAsk_NamingVerbInAnotherVerb(t *testing.T) {
	story := func(statement string) askFunc {
		return asker(besideBundled(t, deskStory("betting-2005", "MPs urge betting crackdown", "2005-02-02", "Politics Desk",
			[]facts.Entity{{ID: "betting-group", Name: "Parliamentary Group on Betting and Gaming", Kind: "group",
				Aliases: []string{"all-party group", "MPs and peers", "the group"}}},
			deskFact("tighten", statement, "betting-group"),
		)))
	}
	answersWith(t, story("A group of MPs and peers has called for a tightening of regulations controlling betting on sport."),
		map[string]string{"What is the parliamentary group called?": ""})
	answersWith(t, story("A parliamentary group, called the Betting and Gaming Group, wants tighter rules on betting on sport."),
		map[string]string{"What is the parliamentary group called?": "Betting and Gaming Group"})
}
