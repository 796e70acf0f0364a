package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PeopleOfACountryAsked: "How many Mozambicans live below the
// poverty line?" asks about Mozambique, whose people WordNet derives from
// its name, though the curator gave the country no such alias: the fact
// about Mozambique answers, not those about Tanzania that share its words.
func TestAsk_PeopleOfACountryAsked(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("africa-2005", "Brown tours Africa", "2005-01-14", "Politics Desk",
		[]facts.Entity{
			{ID: "mozambique", Name: "Mozambique", Kind: "country"},
			{ID: "tanzania", Name: "Tanzania", Kind: "country"},
		},
		deskFact("poverty", "More than half of Mozambique's population of 17 million lives below the poverty line.", "mozambique"),
		deskFact("tanzania-poverty", "Brown said the poverty line in Tanzania is drawn at a dollar a day.", "tanzania"),
		deskFact("tanzania-live", "Most Tanzanians live in rural areas and about 4 million live below subsistence level.", "tanzania"),
	)))
	answersWith(t, ask, map[string]string{
		"How many Mozambicans live below the poverty line?": "half",
	})
}
