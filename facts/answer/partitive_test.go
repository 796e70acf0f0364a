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
