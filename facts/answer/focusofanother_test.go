package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_FocusOfAnother: "Eric Brewer of the University of California"
// tells of Brewer's university, not of the one Raj Reddy is at; a fact that
// gives Reddy's answers.
func TestAsk_FocusOfAnother(t *testing.T) {
	sf := deskStory("india-tv-2005", "Multi-purpose TV aids India", "2005-03-14", "Tech Desk",
		[]facts.Entity{
			{ID: "reddy", Name: "Raj Reddy", Kind: "person", Aliases: []string{"Reddy"}},
			{ID: "brewer", Name: "Eric Brewer", Kind: "person", Aliases: []string{"Brewer"}},
			{ID: "berkeley", Name: "University of California", Kind: "organization"},
			{ID: "cmu", Name: "Carnegie Mellon University", Kind: "organization"},
		},
		deskFact("brewer", "Reddy has teamed up with Eric Brewer of the University of California, who says the answer is wi-fi.", "reddy"),
	)
	answersWith(t, asker(indextest.Story(t, sf)), map[string]string{
		"Which university is Raj Reddy at?": "",
	})
	sf.Facts = append(sf.Facts, deskFact("cmu", "Reddy is a professor at Carnegie Mellon University.", "reddy"))
	answersWith(t, asker(indextest.Story(t, sf)), map[string]string{
		"Which university is Raj Reddy at?": "Carnegie Mellon",
	})
}
