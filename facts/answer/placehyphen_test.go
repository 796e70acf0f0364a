package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PlaceHyphenedToTheVerb: "the Paris-based think tank" says where
// the OECD is based, though the curator recorded the phrase as its alias, and
// "the Tunisian-born director" where he was born; "Linux-based devices" say
// nothing of where Archos is.
func TestAsk_PlaceHyphenedToTheVerb(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("oecd-2005", "OECD sees recovery", "2005-03-01", "Business Desk",
		[]facts.Entity{
			{ID: "oecd", Name: "OECD", Kind: "organization", Aliases: []string{"Paris-based think tank"}},
			{ID: "archos", Name: "Archos", Kind: "organization"},
			{ID: "kechiche", Name: "Abdellatif Kechiche", Kind: "person", Aliases: []string{"Kechiche"}},
		},
		deskFact("momentum", "The Paris-based think tank believes the global economy can still regain momentum.", "oecd"),
		deskFact("archos", "Archos launched its newest range of Linux-based media players.", "archos"),
		deskFact("cesar", "L'Esquive won a Cesar for its director, the Tunisian-born Abdellatif Kechiche.", "kechiche"),
	)))
	answersWith(t, ask, map[string]string{
		"Where is the OECD based?": "Paris",
		"Where was Kechiche born?": "Tunisian",
		"Where is Archos based?":   "",
	})
}
