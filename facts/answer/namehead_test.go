package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_NameBesideThePhraseHead: "What is the name of Gervais' cartoon
// book?" asks the name of a book: "his cartoon book Flanimals" gives it
// beside the head of the phrase, "book", not beside "cartoon", the word
// after "of". Another fact about the book, naming none, keeps the one that
// does from being far ahead of the rest: it must hold the word "name" by
// giving one.
func TestAsk_NameBesideThePhraseHead(t *testing.T) {
	story := deskStory("gervais-2005", "Gervais heads for the US", "2005-01-20", "Entertainment Desk",
		[]facts.Entity{
			{ID: "gervais", Name: "Ricky Gervais", Kind: "person", Title: "comedian", Aliases: []string{"Gervais"}},
		},
		deskFact("extras", "Gervais is writing a new sitcom, Extras, with Stephen Merchant.", "gervais"),
		deskFact("sales", "Gervais said his cartoon book had sold well in Britain.", "gervais"),
	)
	answersOnceTold(t, story, "What is the name of Gervais' cartoon book?",
		deskFact("book", "Gervais is preparing to promote his cartoon book Flanimals, which comes out in the US in March.", "gervais"), "Flanimals")
}
