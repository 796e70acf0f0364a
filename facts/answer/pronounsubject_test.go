package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PronounBeforeTheVerbIsTheSubject: "His career breakthrough came
// in 1982, when he won first prize", curated as Viotti's, tells of Viotti
// winning, for "he" stands right before the verb: it does not answer "Who
// will succeed Viotti?", which asks for the one who comes after him ("win"
// is "succeed" in WordNet's first sense).
func TestAsk_PronounBeforeTheVerbIsTheSubject(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("viotti-dies-2005", "Conductor Viotti dies", "2005-02-17", "Arts Desk",
		[]facts.Entity{
			{ID: "viotti", Name: "Marcello Viotti", Kind: "person", Title: "director of La Fenice", Aliases: []string{"Viotti"}},
			{ID: "fenice", Name: "La Fenice", Kind: "organization"},
			{ID: "marinuzzi", Name: "Gino Marinuzzi conducting competition", Kind: "event"},
		},
		facts.Fact{ID: "breakthrough", Statement: "His career breakthrough came in 1982, when he won first prize at the Gino Marinuzzi conducting competition in Italy.",
			Subject: "viotti", Predicate: "won first prize", Object: "marinuzzi", Source: "desk", Status: facts.StatusApproved},
		deskFact("met-debut", "Viotti made his debut at New York's Metropolitan Opera in 2000 with Madame Butterfly.", "viotti"),
	)))
	answersWith(t, ask, map[string]string{"Who will succeed Viotti as director of La Fenice?": ""})
}
