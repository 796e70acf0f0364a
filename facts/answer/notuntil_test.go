package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_NotUntilSaysWhen: "did not have their first UK hit until 2001"
// says when OutKast had it, where "did not release a record in 2002" says they
// never did, and answers no "When did OutKast release a record?".
func TestAsk_NotUntilSaysWhen(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("outkast-2005", "OutKast plan solo work", "2005-02-01", "Entertainment Desk",
		[]facts.Entity{
			{ID: "outkast", Name: "OutKast", Kind: "group"},
		},
		deskFact("first-uk-hit", "OutKast did not have their first UK hit until 2001, with Ms Jackson.", "outkast"),
		deskFact("japan", "OutKast did not release a record in 2002.", "outkast"),
	)))
	answersWith(t, ask, map[string]string{
		"When did OutKast first have a hit in the UK?": "2001",
		"When did OutKast release a record?":           "",
	})
}
