package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

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
