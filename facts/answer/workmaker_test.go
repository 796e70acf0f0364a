package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_MakerOfANamedWork: "Who wrote The Pillowman?" is answered by
// "Martin McDonagh's The Pillowman", though the knowledge base knows neither
// name, and "Who wrote The Greatest Gift?" by "Philip Van Doren Stern's The
// Greatest Gift", the work and its maker entities; a fact that names a work
// with no maker beside it does not answer.
func TestAsk_MakerOfANamedWork(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("awards-2004", "Evening Standard theatre awards", "2004-11-29", "Arts Desk",
		[]facts.Entity{
			{ID: "gift", Name: "The Greatest Gift", Kind: "other"},
			{ID: "stern", Name: "Philip Van Doren Stern", Kind: "person", Aliases: []string{"Stern"}},
		},
		deskFact("best-play", "Edward Albee's The Goat, Martin McDonagh's The Pillowman and Alan Bennett's The History Boys are shortlisted for best play.", ""),
		deskFact("musical", "The Producers is shortlisted for best musical.", ""),
		deskFact("gift", "The film is based on Philip Van Doren Stern's The Greatest Gift, a short story.", ""),
	)))
	answersWith(t, ask, map[string]string{
		"Who wrote The Pillowman?":     "McDonagh",
		"Who wrote The Greatest Gift?": "Stern",
		"Who wrote The Producers?":     "",
	})
}
