package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PostOfNamesWhere: "chief conductor of the Turin Opera" says where
// Viotti held the post, as "at" would: "of" after a word for a person names
// the body they serve.
func TestAsk_PostOfNamesWhere(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("viotti-2005", "Conductor Viotti dies", "2005-02-17", "Entertainment Desk",
		[]facts.Entity{
			{ID: "viotti", Name: "Marcello Viotti", Kind: "person", Aliases: []string{"Viotti"}},
			{ID: "turin", Name: "Turin Opera", Kind: "organization"},
			{ID: "radio", Name: "Munich's Radio Orchestra", Kind: "organization"},
		},
		deskFact("chief-conductor", "Viotti became chief conductor of the Turin Opera and later chief conductor of Munich's Radio Orchestra.", "viotti"),
	)))
	answersWith(t, ask, map[string]string{
		"Where was Viotti chief conductor before Munich?": "Turin Opera",
	})
}
