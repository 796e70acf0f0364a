package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_BodyBeforeNounIsNoName: "What is the project called?" asks a
// name; a body or a place before the noun says whose the project is ("the
// EU project"), not what it is called, where "the Lifeplus project" names
// it.
func TestAsk_BodyBeforeNounIsNoName(t *testing.T) {
	story := func(statement string) askFunc {
		return asker(besideBundled(t, deskStory("pompeii-2005", "Virtual tourists to walk Pompeii", "2005-03-01", "Tech Desk",
			[]facts.Entity{
				{ID: "eu", Name: "European Union", Kind: "organization", Aliases: []string{"EU"}},
				{ID: "stoddart", Name: "Andrew Stoddart", Kind: "person", Aliases: []string{"Stoddart"}},
			},
			deskFact("driven", statement, "stoddart"),
		)))
	}
	answersWith(t, story("Andrew Stoddart said the EU project had been driven by a new desire to bring the past to life."),
		map[string]string{"What is the project called?": ""})
	answersWith(t, story("Andrew Stoddart said the Lifeplus project had been driven by a new desire to bring the past to life."),
		map[string]string{"What is the project called?": "Lifeplus"})
}
