package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_DecadeOfParticipleAsked: "When was the system for comparing visit
// data built?" asks when it was built, its verb the participle at the end,
// and "was built in the 1970s" says so, though the question's words before
// the participle could be read as a verb ("comparing"). That a decade said
// with another act still answers nothing is TestAsk_WhenByDecade's.
func TestAsk_DecadeOfParticipleAsked(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("iaea-2004", "Nuclear watchdog to upgrade computers", "2004-09-28", "Tech Desk",
		[]facts.Entity{
			{ID: "iaea", Name: "International Atomic Energy Agency", Kind: "organization", Aliases: []string{"IAEA"}},
		},
		deskFact("paper-based", "The system inspectors use to compare data from earlier visits was built in the 1970s and is largely paper based.", "iaea"),
	)))
	answersWith(t, ask, map[string]string{
		"When was the system for comparing visit data built?": "1970s",
		"When did Jack Nicholson learn about his daughter?":   "",
	})
}
