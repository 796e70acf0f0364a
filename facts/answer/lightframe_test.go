package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PrepositionBeforeAName: "What was the score against Belgium?" is
// answered by "Egypt beat Belgium 4-0", which relates Belgium its own way.
func TestAsk_PrepositionBeforeAName(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("friendlies-2005", "Egypt beat Belgium", "2005-02-10", "Sport Desk",
		[]facts.Entity{
			{ID: "egypt", Name: "Egypt", Kind: "country"},
			{ID: "belgium", Name: "Belgium", Kind: "country"},
		},
		deskFact("win", "Egypt beat Belgium 4-0 on Wednesday.", "egypt"),
	)))
	answersWith(t, ask, map[string]string{"What was the score against Belgium?": "4-0"})
}

// TestAsk_FigureSaidOtherwise: "How many jobs did GM say it would cut?" asks
// the figure; "GM announced 12,000 job cuts" gives it, the saying told in
// its own word.
func TestAsk_FigureSaidOtherwise(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("gm-2005", "GM to cut jobs", "2005-02-10", "Business Desk",
		[]facts.Entity{{ID: "gm", Name: "General Motors", Kind: "organization", Aliases: []string{"GM"}}},
		deskFact("cuts", "GM announced 12,000 job cuts at its European operations last year.", "gm"),
		deskFact("plants", "GM has plants in Germany, Sweden and the UK.", "gm"),
	)))
	answersWith(t, ask, map[string]string{"How many jobs did GM say it would cut in Europe?": "12,000"})
}
