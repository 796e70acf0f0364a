package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_TimeHyphenedToLongIsADuration: "a week-long tour" says how long
// the tour is, with no figure; "a long tour" does not.
func TestAsk_TimeHyphenedToLongIsADuration(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("kennedy-tour-2005", "Kennedy begins tour", "2005-02-21", "Politics Desk",
		[]facts.Entity{
			{ID: "kennedy", Name: "Charles Kennedy", Kind: "person", Aliases: []string{"Kennedy"}},
			{ID: "howard", Name: "Michael Howard", Kind: "person", Aliases: []string{"Howard"}},
		},
		deskFact("tour", "Charles Kennedy began a week-long tour to convince voters his party is the real opposition.", "kennedy"),
		deskFact("howard-tour", "Michael Howard began a long tour of marginal seats.", "howard"),
	)))
	answersWith(t, ask, map[string]string{
		"How long is Kennedy's tour?": "week-long",
		"How long is Howard's tour?":  "",
	})
}
