package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_SaidByWordIsTheSayer: a question naming its speaker by words the
// knowledge base holds as no entity ("What did the official say?") is
// answered by a fact where those words say something, just before the
// reporting verb or just after "said"; not by one where they own the sayer's
// chambers ("Cherie Blair's Matrix Chambers") or are told something
// ("warned Tony Blair").
func TestAsk_SaidByWordIsTheSayer(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("sands-2005", "Blair 'warned' over Iraq legality", "2005-02-24", "Politics Desk",
		[]facts.Entity{
			{ID: "sands", Name: "Philippe Sands", Kind: "person", Aliases: []string{"Sands"}},
			{ID: "goldsmith", Name: "Lord Goldsmith", Kind: "person", Aliases: []string{"Goldsmith"}},
		},
		deskFact("book", "In a book published this week, Philippe Sands QC, a member of Cherie Blair's Matrix Chambers, says Lord Goldsmith warned Tony Blair that the war could be illegal.", "sands"),
		deskFact("official", "A senior Downing Street official said the book was wrong about the advice.", ""),
		deskFact("clerk", "The book was wrong about the dates, said a clerk of the chambers.", ""),
	)))
	answersWith(t, ask, map[string]string{
		"What did Cherie Blair say about the book?": "",
		"What did the official say about the book?": "senior Downing Street official",
		"What did the clerk say about the book?":    "clerk",
	})
}
