package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_EveryWordBySynonym: a fact far ahead of the rest that holds every
// word of the question, some only by a synonym in its main sense ("biggest"
// by "largest", "carmaker" by "car maker"), answers; one that lacks a word
// ("world's") does not, though it holds the rest.
func TestAsk_EveryWordBySynonym(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("saab-2005", "GM to build Cadillac at Saab plant", "2005-01-11", "Business Desk",
		[]facts.Entity{
			{ID: "gm", Name: "General Motors", Kind: "organization", Aliases: []string{"GM"}},
			{ID: "saab", Name: "Saab", Kind: "organization"},
		},
		deskFact("cadillac", "General Motors, the world's largest car maker, has confirmed it will build a new Cadillac at its Saab factory in Sweden.", "gm"),
	)))
	answersWith(t, ask, map[string]string{
		"Who is the world's biggest carmaker?": "General Motors",
		"Who is Europe's biggest carmaker?":    "",
	})
}
