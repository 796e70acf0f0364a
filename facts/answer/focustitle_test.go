package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_FocusNotHeldByTitle: the thing a which-question asks for ("Which
// songs...?") is not given by the recorded title of the one it asks about
// ("British singer"): "Sir Elton John has played a special concert in
// Paris" names no song. Asked for the concert, the fact says it.
func TestAsk_FocusNotHeldByTitle(t *testing.T) {
	concert := deskFact("concert", "Sir Elton John has played a special concert in Paris to raise money for victims of the Asian tsunami.", "elton")
	concert.Object, concert.Place = "tsunami", "Paris"
	ask := asker(besideBundled(t, deskStory("elton-2005", "Elton plays Paris tsunami gig", "2005-01-17", "Arts Desk",
		[]facts.Entity{
			{ID: "elton", Name: "Sir Elton John", Kind: "person", Title: "British singer", Aliases: []string{"Elton John", "Sir Elton", "Elton"}},
			{ID: "tsunami", Name: "Asian tsunami", Kind: "event", Aliases: []string{"tsunami"}},
		},
		concert,
	)))
	answersWith(t, ask, map[string]string{
		"Which songs did Sir Elton play in Paris?": "",
		"What did Sir Elton play in Paris?":        "special concert",
	})
}
