package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_OwnerToldAgainByItsNoun: "UKIP's group" is "the party's group" in
// a fact about the UK Independence Party, its name holding "party"; "the
// board's plans" stay another's (TestAsk_OwnedNounIsNoSpeech).
func TestAsk_OwnerToldAgainByItsNoun(t *testing.T) {
	story := deskStory("ukip-2005", "UKIP MEP row", "2005-02-09", "Politics Desk",
		[]facts.Entity{
			{ID: "ukip", Name: "UK Independence Party", Kind: "organization", Aliases: []string{"UKIP"}},
			{ID: "spokesman", Name: "UKIP spokesman", Kind: "person", Title: "Spokesman for UKIP"},
			{ID: "nattrass", Name: "Mike Nattrass", Kind: "person", Title: "UKIP MEP", Aliases: []string{"Nattrass"}},
		},
		deskFact("language", "A UKIP spokesman said Nattrass sometimes expresses his beliefs in colourful language.", "spokesman"),
	)
	answersOnceTold(t, story, "How many members are in UKIP's group in the European Parliament?",
		deskFact("group", "A UKIP spokesman said the party's group in the European Parliament has more than 40 members.", "spokesman"), "40")
}
