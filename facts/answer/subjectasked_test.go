package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_VerbAfterAuxiliaryOfAskedSubject: in "Which clubs will give
// evidence to the commission?" the which-phrase is the subject, so the word
// after "will" is the verb ("give"), not the first noun of another subject,
// as "house" is in "Did house sales drop?". And "will both be asked to give
// evidence" names the ones told to do it, who are no source of the fact:
// the names before it answer.
func TestAsk_VerbAfterAuxiliaryOfAskedSubject(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("cole-2005", "Cole inquiry begins", "2005-02-22", "Sport Desk",
		[]facts.Entity{
			{ID: "chelsea", Name: "Chelsea", Kind: "organization"},
			{ID: "arsenal", Name: "Arsenal", Kind: "organization"},
			{ID: "commission", Name: "Premier League commission", Kind: "organization", Aliases: []string{"the commission"}},
		},
		deskFact("evidence", "Chelsea and Arsenal will both be asked to give evidence to a Premier League commission, but no deadline has been set for the hearing.", "chelsea"),
	)))
	answersWith(t, ask, map[string]string{
		"Which clubs will give evidence to the commission?": "Chelsea and Arsenal",
	})
}
