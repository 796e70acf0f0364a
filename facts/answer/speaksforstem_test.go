package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_TitleSpeaksForBodyByStems: a "Liberal Democrat spokesman" speaks
// for the Liberal Democrats, though his title says the party's name in the
// singular: what Oaten said answers what the Lib Dems say.
func TestAsk_TitleSpeaksForBodyByStems(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("terror-2005", "Terror bill row", "2005-03-01", "Politics Desk",
		[]facts.Entity{
			{ID: "libdems", Name: "Liberal Democrats", Kind: "organization", Aliases: []string{"Lib Dems"}},
			{ID: "oaten", Name: "Mark Oaten", Kind: "person", Title: "Liberal Democrat spokesman", Aliases: []string{"Oaten"}},
			{ID: "bill", Name: "Prevention of Terrorism Bill", Kind: "other", Aliases: []string{"the bill"}},
		},
		deskFact("oaten-warns", "Oaten said the government should let a judge decide on all control orders and warned that without major movement the bill would fail.", "oaten"),
	)))
	answersWith(t, ask, map[string]string{
		"What do the Lib Dems say will happen to the bill without a major movement?": "fail",
	})
}
