package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhatKindOf: "What kind of camera did Pax make his films on?"
// asks which kind: "a hand-held camera" says it with a word of its own
// before the noun; a fact that says the camera with no such word does not.
// ("What kind of camera did Pax use?", whose verb the fact does not say,
// holds too little of its words since stop 63.)
func TestAsk_WhatKindOf(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("baghdad-blogger-2005", "Baghdad Blogger's film shown", "2005-01-26", "Arts Desk",
		[]facts.Entity{{ID: "pax", Name: "Salam Pax", Kind: "person", Aliases: []string{"Pax"}}},
		deskFact("shorts", "The movie is a series of short films Pax made on a hand-held camera.", "pax"),
		deskFact("festival", "Pax's films will be shown at the Rotterdam festival this week.", "pax"),
		deskFact("cinemas", "The festival organisers use three cinemas in the city centre.", ""),
		deskFact("tickets", "Visitors can use one ticket for every screening on the opening night.", ""),
		deskFact("blogs", "Bloggers in Iraq used the internet to tell of life during the war.", ""),
	)))
	ans, err := ask("What kind of camera did Pax make his films on?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "hand-held") {
		t.Errorf("answered %q (found %v); want the hand-held camera", ans.Answer, ans.Found)
	}
}
