package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_BodyOfNowFromTheTitle: "Which party does Pound belong to?" asks the
// body he is of now, which his recorded title names ("Labour MP for Ealing
// North"); a title that names a body of another kind ("Chairman of the
// Environmental Audit Committee", "Founder of the Sundance film festival":
// an event) answers no party question, and a past or
// a change ("Which school did Pound go to?") is not what a title says. An
// adverb closing the question ("...belong to now?") asks nothing more.
func TestAsk_BodyOfNowFromTheTitle(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("poster-row-2005", "Poster row", "2005-02-01", "Politics Desk",
		[]facts.Entity{
			{ID: "labour", Name: "Labour", Kind: "organization"},
			{ID: "pound", Name: "Stephen Pound", Kind: "person", Title: "Labour MP for Ealing North", Aliases: []string{"Pound"}},
			{ID: "ainsworth", Name: "Peter Ainsworth", Kind: "person", Title: "Chairman of the Environmental Audit Committee", Aliases: []string{"Ainsworth"}},
			{ID: "redford", Name: "Robert Redford", Kind: "person", Title: "Founder of the Sundance film festival", Aliases: []string{"Redford"}},
			{ID: "lucas", Name: "Caroline Lucas", Kind: "person", Title: "Leader of the Green party", Aliases: []string{"Lucas"}},
		},
		deskFact("defends", "Pound defended the poster, saying it was a joke.", "pound"),
		deskFact("report", "Ainsworth said the government's record on climate change was poor.", "ainsworth"),
		deskFact("backs", "Redford backed the poster's critics.", "redford"),
		deskFact("lucas-poster", "Lucas called the poster a distraction.", "lucas"),
	)))
	answersWith(t, ask, map[string]string{
		"Which party does Pound belong to?":           "Labour",
		"Which party does Pound belong to now?":       "Labour",
		"Which party does Peter Ainsworth belong to?": "",
		"Which party does Redford support?":           "",
		"Which party does Caroline Lucas belong to?":  "Green party",
	})
	notFromTitle(t, ask, "Which school did Stephen Pound go to?", "Stephen Pound")
}
