package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_SupposedTimeIsNoWhen: "Voters must register by 11 March if the
// general election is held on 5 May" does not say when the election is held:
// the act asked of is only supposed there. A fact that says it does.
func TestAsk_SupposedTimeIsNoWhen(t *testing.T) {
	election := facts.Entity{ID: "election", Name: "general election", Kind: "event"}
	register := deskFact("register", "Voters must register by 11 March if the next general election is held on 5 May as expected.", "election")
	held := deskFact("held", "The next general election will be held on 5 May, Tony Blair announced.", "election")
	answersOnceTold(t, deskStory("election-2005", "Voters urged to register", "2005-03-01", "Politics Desk", []facts.Entity{election}, register),
		"When will the next general election be held?", held, "5 May")
}
