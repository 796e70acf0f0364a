package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_HowLongIsNoDayOn: "How long was Murray banned for?" asks a stretch
// of time; "Murray's ban ended on 2 February" names one day, and the fact
// that gives the eight weeks answers.
func TestAsk_HowLongIsNoDayOn(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("murray-recalled-2005", "Murray back in squad", "2005-02-08", "Sport Desk",
		[]facts.Entity{
			{ID: "murray", Name: "Euan Murray", Kind: "person", Title: "Glasgow forward", Aliases: []string{"Murray"}},
			{ID: "scotland", Name: "Scotland", Kind: "organization"},
		},
		deskFact("ended", "Murray's ban ended on 2 February.", "murray"),
		deskFact("squad", "Euan Murray has been named in the Scotland training squad after an eight-week ban.", "murray"),
	)))
	answersWith(t, ask, map[string]string{"How long was Euan Murray banned for?": "eight-week"})
}
