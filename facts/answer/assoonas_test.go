package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_AsSoonAsSaysWhen: "should decide to go ahead with the debate as
// soon as the election is called" places the decision by another event, as
// "when" does, and answers when it should be made.
func TestAsk_AsSoonAsSaysWhen(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("debate-2005", "Call for televised election debate", "2005-02-14", "Politics Desk",
		[]facts.Entity{
			{ID: "holme", Name: "Lord Holme", Kind: "person"},
		},
		deskFact("go-ahead", "Lord Holme said broadcasters should decide to go ahead with the debate as soon as the election is called.", "holme"),
	)))
	answersWith(t, ask, map[string]string{
		"When should broadcasters make the decision?": "as soon as the election is called",
	})
}
