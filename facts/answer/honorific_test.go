package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_HonorificNamesNoOne: "Former union leader Sir Bill Morris" does
// not say which union he led: "Sir" is part of his name, not another name
// beside the focus noun. "Former TGWU leader Sir Bill Morris" does.
func TestAsk_HonorificNamesNoOne(t *testing.T) {
	morris := facts.Entity{ID: "morris", Name: "Bill Morris", Kind: "person", Aliases: []string{"Morris"}}
	for statement, want := range map[string]string{
		"Former union leader Sir Bill Morris accused both big parties of a bidding war.":                 "",
		"Sir Bill Morris, who led the TGWU union until 2003, accused both big parties of a bidding war.": "TGWU",
	} {
		ask := asker(besideBundled(t, deskStory("morris-2005", "Parties in asylum bidding war", "2005-02-22", "Politics Desk",
			[]facts.Entity{morris}, deskFact("war", statement, "morris"))))
		answersWith(t, ask, map[string]string{"Which union did Bill Morris lead?": want})
	}
}
