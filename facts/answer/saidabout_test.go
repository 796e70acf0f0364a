package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_NameAfterSayIsTheTopic: in "What did the governing body say about
// the Jones case?" the one named after the verb of saying is what was said
// about, not who said it. The speaker is named by words of its title, no
// name, and its quote answers.
func TestAsk_NameAfterSayIsTheTopic(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("jones-2005", "Striker's doping case referred", "2005-01-14", "Sport Desk",
		[]facts.Entity{
			{ID: "jones", Name: "Dean Jones", Kind: "person", Aliases: []string{"Jones"}},
			{ID: "irb", Name: "IRB", Kind: "organization", Title: "Rugby's world governing body"},
			{ID: "rovers", Name: "Rovers", Kind: "organization"},
		},
		deskFact("sacked", "Rovers sacked Jones on Friday after he failed a drugs test.", "rovers"),
		facts.Fact{ID: "no-comment", Statement: "The IRB says the Jones case is a matter for the national union.",
			Quote: "We cannot comment until the union has decided", Speaker: "irb", Source: "desk", Status: facts.StatusApproved},
	)))
	answersWith(t, ask, map[string]string{
		"What did rugby's world governing body say about the Jones case?": "national union",
		"What did the governing body say about Jones?":                    "national union",
	})
}
