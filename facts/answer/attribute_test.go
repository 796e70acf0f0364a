package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_MeasuredAttribute: a noun whose main sense is an attribute and
// which English also uses for a quantity ("capacity", "age") asks a figure:
// "What is the stadium's capacity?" is not answered by a fact that praises
// the capacity without giving it, and is once one gives it.
func TestAsk_MeasuredAttribute(t *testing.T) {
	story := deskStory("stadium-2005", "Hearts move to Murrayfield", "2005-01-20", "Sport Desk",
		[]facts.Entity{{ID: "murrayfield", Name: "Murrayfield", Kind: "place"}},
		deskFact("benefit", "The capacity of Murrayfield lets Hearts bring far more supporters to European nights.", "murrayfield"),
	)
	answersOnceTold(t, story, "What is Murrayfield's capacity?",
		deskFact("seats", "Murrayfield has a capacity of 67,500.", "murrayfield"), "67,500")

	pensions := deskStory("pensions-2005", "Council pension age to rise", "2005-02-10", "Politics Desk",
		[]facts.Entity{{ID: "raynsford", Name: "Nick Raynsford", Kind: "person", Aliases: []string{"Raynsford"}}},
		deskFact("raise", "Raynsford's changes would raise the age from which council workers can claim their pensions.", "raynsford"),
	)
	answersOnceTold(t, pensions, "At what age can council workers claim their pensions?",
		deskFact("now", "Council workers can now claim their pensions at the age of 60.", "raynsford"), "60")
}

// TestAsk_WhatAgeAsksAnAge: "At what age did Gilbert give up ballet?" asks
// an age as "How old was Gilbert when...?" does: the age at the event, not
// her age now, and "by the ages of 16 and 18" gives ages.
func TestAsk_WhatAgeAsksAnAge(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("ballet-2005", "Ballet loses its pupils", "2005-01-12", "Arts Desk",
		[]facts.Entity{
			{ID: "gilbert", Name: "Hazel Gilbert", Kind: "person", Aliases: []string{"Gilbert"}},
			{ID: "newby", Name: "Howard Newby", Kind: "person", Aliases: []string{"Newby"}},
		},
		deskFact("gave-up", "Hazel Gilbert, 23, a librarian from Leeds, gave up ballet at the age of 11.", "gilbert"),
		deskFact("too-late", "Newby said that by the ages of 16 and 18 it was too late for universities to reach pupils.", "newby"),
	)))
	leadsWith(t, ask, map[string]string{
		"At what age did Hazel Gilbert give up ballet?":                "11",
		"At what age is it too late for universities to reach pupils?": "16",
	})
}
