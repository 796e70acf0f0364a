package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_OwnNameAskedWantsAName: "What is Riverbend's real name?" is not
// answered by a fact that says the name she writes under is not her real
// one: it gives no other name. One that writes it does.
func TestAsk_OwnNameAskedWantsAName(t *testing.T) {
	story := deskStory("blog-2005", "Baghdad blogger's book", "2005-03-01", "Entertainment Desk",
		[]facts.Entity{
			{ID: "riverbend", Name: "Riverbend", Kind: "person", Title: "Baghdad blogger"},
			{ID: "publisher", Name: "Marion Boyars", Kind: "organization"},
		},
		deskFact("not-real", "Riverbend is not her real name, the blogger has said.", "riverbend"),
		deskFact("book", "Marion Boyars will publish the blog as a book in March.", "publisher"),
	)
	answersOnceTold(t, story, "What is Riverbend's real name?",
		deskFact("real-name", "Riverbend's real name is Maryam Saleh, her publisher said.", "riverbend"), "Maryam Saleh")
}
