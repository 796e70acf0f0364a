package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhatIsInIt: "What is in the mini-manifesto?" asks what it holds,
// not what it is: a fact that tells of its launch does not answer it, one
// that says what it includes does.
func TestAsk_WhatIsInIt(t *testing.T) {
	manifesto := facts.Entity{ID: "manifesto", Name: "ethnic minority mini-manifesto", Kind: "document", Aliases: []string{"mini-manifesto"}}
	libdems := facts.Entity{ID: "libdems", Name: "Liberal Democrats", Kind: "organization", Aliases: []string{"Lib Dems"}}
	launched := deskFact("launched", "The speech is on Saturday, days after the Lib Dems launched their ethnic minority mini-manifesto.", "libdems")
	includes := deskFact("includes", "The mini-manifesto includes a pledge to scrap the cap on asylum appeals.", "manifesto")
	answersOnceTold(t, deskStory("temple-2005", "Kennedy to speak at temple", "2005-02-26", "Politics Desk", []facts.Entity{manifesto, libdems}, launched),
		"What is in the ethnic minority mini-manifesto?", includes, "pledge")
}
