package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PartLeadsPartitive: "How many of The Aviator's producers were
// nominated?" asks a part: the answer leads with "Two" of "two of The
// Aviator's four producers", not the whole, and "only one of which" of "19
// private banks operate in Iraq, only one of which...".
func TestAsk_PartLeadsPartitive(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("oscars-2005", "Oscars cut Aviator producers", "2005-01-26", "Arts Desk",
		[]facts.Entity{{ID: "aviator", Name: "The Aviator", Kind: "other", Aliases: []string{"Aviator"}}},
		deskFact("producers", "The Oscars organisers picked two of The Aviator's four producers to be nominated for best picture.", "aviator"),
		deskFact("banks", "19 private banks operate in Iraq, only one of which is run in accordance with Islamic principles.", ""),
	)))
	leadsWith(t, ask, map[string]string{
		"How many of the Aviator's producers were nominated?":                  "Two.",
		"How many of the banks are run in accordance with Islamic principles?": "One.",
	})
}

// TestAsk_PartOfAWholeCounted: "How many of the sued banks are Italian?"
// asks a part, which "Parmalat sued 45 banks" does not give; "35 of the
// banks are Italian" does.
func TestAsk_PartOfAWholeCounted(t *testing.T) {
	story := deskStory("parmalat-2004", "Parmalat sues 45 banks", "2004-12-03", "Business Desk",
		[]facts.Entity{{ID: "parmalat", Name: "Parmalat", Kind: "organization"}},
		deskFact("sues", "Parmalat sued 45 banks on Thursday, trying to reclaim money paid to them before the Italian dairy firm went bust.", "parmalat"),
	)
	answersOnceTold(t, story, "How many of the sued banks are Italian?",
		deskFact("italian", "Of the 45 banks sued on Thursday, 35 are Italian and the other 10 are international.", "parmalat"), "35")
}
