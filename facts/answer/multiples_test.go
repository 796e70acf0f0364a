package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_MultiplesAreNoAmount: a figure that says how many times one
// amount is another ("Four times more handsets will be sold"), or a verb
// that multiplies ("profits tripled"), gives no amount, so it does not
// answer how many were sold or how much was made; it answers a question
// asking the multiple.
func TestAsk_MultiplesAreNoAmount(t *testing.T) {
	three := 3.0
	tripled := deskFact("tripled", "Harlow Mobile's profits tripled in the second quarter because of new handsets.", "harlow")
	tripled.Value, tripled.Unit = &three, "times"
	ask := asker(besideBundled(t, deskStory("handset-sales-2004", "Handset sales soar", "2004-11-15", "Tech Desk",
		[]facts.Entity{
			{ID: "harlow", Name: "Harlow Mobile", Kind: "organization", Aliases: []string{"Harlow"}},
			{ID: "norland", Name: "Norland", Kind: "country"},
		},
		deskFact("four-times", "Four times more video handsets will be sold in Norland by the end of 2004 than last year, says a report.", "norland"),
		tripled,
	)))
	answersWith(t, ask, map[string]string{
		"How many video handsets were sold in Norland last year?":     "",
		"How much did Harlow make in profit in the second quarter?":   "",
		"How many times more video handsets will be sold in Norland?": "Four times",
	})
}

// TestAsk_ByHowMuchAMultiple: "By how much did sales of legal downloads
// grow?" asks a change, which a multiple written as one word gives ("rose
// more than tenfold").
func TestAsk_ByHowMuchAMultiple(t *testing.T) {
	sf := deskStory("ipod-2005", "Digital music booms", "2005-01-20", "Tech Desk", nil,
		deskFact("downloads", "Sales of legally downloaded songs rose more than tenfold in 2004, according to the record industry.", ""),
	)
	answersWith(t, asker(besideBundled(t, sf)), map[string]string{"By how much did sales of legal downloads grow in 2004?": "tenfold"})
}

// TestAsk_HowMuchMoreAMultiple: "How much faster is the chip?" asks how many
// times as fast, which "up to 10 times faster" gives: "times" there is a
// multiple, no stretch of time "How much...?" would not want.
func TestAsk_HowMuchMoreAMultiple(t *testing.T) {
	sf := deskStory("cell-2005", "Cell chip unveiled", "2005-02-07", "Tech Desk",
		[]facts.Entity{{ID: "cell", Name: "Cell", Kind: "other"}},
		deskFact("faster", "The Cell chip is reported to be up to 10 times faster than current processors.", "cell"),
	)
	leadsWith(t, asker(besideBundled(t, sf)), map[string]string{"How much faster is the Cell than current processors?": "Up to 10 times"})
}
