package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PastStretchSaysNotWhenAhead: "When will the charge be heard?"
// asks of what is to come, which a fact whose only time is a stretch in the
// past ("a match earlier this season") does not say; one that places it
// ahead ("next month") does.
func TestAsk_PastStretchSaysNotWhenAhead(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("fa-charges", "FA charges Chelsea and Arsenal", "2005-03-01", "Sport Desk",
		[]facts.Entity{
			{ID: "chelsea", Name: "Chelsea", Kind: "organization"},
			{ID: "arsenal", Name: "Arsenal", Kind: "organization"},
			{ID: "west-ham", Name: "West Ham", Kind: "organization"},
		},
		deskFact("chelsea-charge", "A charge against Chelsea of failing to control their supporters at a Carling Cup match with West Ham earlier this season is still to be heard.", "chelsea"),
		deskFact("arsenal-charge", "The charge against Arsenal over their players' conduct will be heard next month.", "arsenal"),
	)))
	answersWith(t, ask, map[string]string{
		"When will the West Ham charge be heard?": "",
		"When will the Arsenal charge be heard?":  "next month",
	})
}
