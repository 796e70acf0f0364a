package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhatWasSaidAboutATopic: "What did Tony Blair say about the terror
// bill?" names what was said about; what he said of Africa, with no word or
// name of the bill, does not answer it. An "about" that ends a clause
// after the verb of saying ("say athletics is all about") names no topic.
func TestAsk_WhatWasSaidAboutATopic(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("blair-2005", "Blair's week", "2005-03-01", "Politics Desk",
		[]facts.Entity{
			{ID: "blair", Name: "Tony Blair", Kind: "person", Aliases: []string{"Blair"}, Title: "Prime Minister"},
			{ID: "terror-bill", Name: "Prevention of Terrorism Bill", Kind: "document", Aliases: []string{"terror bill"}},
			{ID: "johnson", Name: "Michael Johnson", Kind: "person", Aliases: []string{"Johnson"}},
		},
		deskFact("africa", "Prime Minister Tony Blair has said he will put Africa at the top of the agenda when Britain chairs the G8 summit.", "blair"),
		deskFact("bill-passed", "MPs backed the Prevention of Terrorism Bill after the home secretary agreed key changes.", "terror-bill"),
		deskFact("athletics", "Johnson said athletics is all about international competition.", "johnson"),
	)))
	answersWith(t, ask, map[string]string{
		"What did Tony Blair say about the terror bill?":    "",
		"What did Tony Blair say about Africa?":             "Africa",
		"What does Johnson say athletics is all about now?": "international competition",
	})
}
