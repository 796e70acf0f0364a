package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_AffiliationFromTheTitle: "Which firm does Cluley work for?" is
// answered by his recorded title, "Senior technology consultant at Sophos",
// where no fact puts Sophos beside his name; a title that names no body
// ("England captain") answers no club question, nor does the title answer a
// question that asks of an act of his ("What did Cluley compare computer use with?").
func TestAsk_AffiliationFromTheTitle(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("spam-2004", "Spam attack backfires", "2004-12-01", "Tech Desk",
		[]facts.Entity{
			{ID: "cluley", Name: "Graham Cluley", Kind: "person", Title: "Senior technology consultant at Sophos", Aliases: []string{"Cluley"}},
			{ID: "sophos", Name: "Sophos", Kind: "organization"},
			{ID: "wilkinson", Name: "Jonny Wilkinson", Kind: "person", Title: "England captain", Aliases: []string{"Wilkinson"}},
		},
		deskFact("grizzly", "Cluley compared attacking a spammer's website to poking a sleeping grizzly bear.", "cluley"),
		deskFact("injury", "Wilkinson has been ruled out of the Six Nations with a knee injury.", "wilkinson"),
	)))
	answersWith(t, ask, map[string]string{"Which firm does Cluley work for?": "Sophos", "Which club does Wilkinson play for?": ""})
	notFromTitle(t, ask, "What did Cluley compare computer use with?", "Graham Cluley")
}

// TestAsk_BodyTheTitleOpensWith: a title that opens with a body's name
// before a role in lower case ("Dragons three-quarter"), or names one after
// "of the" ("member of the Commons intelligence and security committee"),
// answers whom someone plays for or sits on; a title whose first word is
// only written with a capital ("Former model") names no body.
func TestAsk_BodyTheTitleOpensWith(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("wales-squad-2005", "Wales squad named", "2005-02-01", "Sport Desk",
		[]facts.Entity{
			{ID: "luscombe", Name: "Hal Luscombe", Kind: "person", Title: "Dragons three-quarter", Aliases: []string{"Luscombe"}},
			{ID: "mates", Name: "Michael Mates", Kind: "person", Title: "Tory MP and member of the Commons intelligence and security committee", Aliases: []string{"Mates"}},
			{ID: "sandra", Name: "Sandra Howard", Kind: "person", Title: "Former model, wife of Tory leader Michael Howard", Aliases: []string{"Mrs Howard"}},
		},
		deskFact("called-up", "Luscombe has been called up to the Wales squad for the Six Nations.", "luscombe"),
		deskFact("mates-warns", "Mates said the inquiry had been thorough.", "mates"),
		deskFact("speech", "Mrs Howard used her speech to highlight the work of a drugs charity.", "sandra"),
	)))
	answersWith(t, ask, map[string]string{
		"Which club does Hal Luscombe play for?":     "Dragons",
		"Which committee does Michael Mates sit on?": "intelligence and security committee",
	})
	notFromTitle(t, ask, "Which charity does Mrs Howard support?", "Sandra Howard")
}
