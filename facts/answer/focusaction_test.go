package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_FocusAfterToIsNoAction: "What changes has Rough Trade made?" is
// not answered by "Rough Trade agreed to change the terms" (an infinitive:
// it says something happens, not what), but "Which supermodel has Doherty
// been linked to?" is answered by "linked to supermodel Kate Moss", where
// "to" stands before a noun.
func TestAsk_FocusAfterToIsNoAction(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("doherty-2005", "Doherty in court", "2005-02-04", "Arts Desk",
		[]facts.Entity{
			{ID: "doherty", Name: "Pete Doherty", Kind: "person", Aliases: []string{"Doherty"}},
			{ID: "moss", Name: "Kate Moss", Kind: "person"},
			{ID: "label", Name: "Rough Trade", Kind: "organization"},
		},
		deskFact("moss", "Doherty has been linked to supermodel Kate Moss.", "doherty"),
		deskFact("deal", "Rough Trade agreed to change the terms of the band's contract.", "label"),
	)))
	answersWith(t, ask, map[string]string{
		"Which supermodel has Doherty been linked to?": "Kate Moss",
		"What changes has Rough Trade made?":           "",
	})
}
