package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_YesNoOfACommonNameLacked: a yes-no question asks whether what
// it tells holds of each thing it names; one named by a common noun ("the
// anniversary show") is forgiven by the ranking, but a fact with no word of
// it settles nothing of it: "Past Eurovision performers include Abba" says
// nothing of whether Abba will play the anniversary show.
func TestAsk_YesNoOfACommonNameLacked(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("eurovision-2005", "Eurovision greats to do battle", "2005-02-01", "Arts Desk",
		[]facts.Entity{
			{ID: "abba", Name: "Abba", Kind: "group"},
			{ID: "eurovision", Name: "Eurovision Song Contest", Kind: "event", Aliases: []string{"Eurovision"}},
			{ID: "special", Name: "anniversary show", Kind: "event", Aliases: []string{"anniversary special"}},
		},
		deskFact("past-performers", "Past Eurovision performers include Abba, Celine Dion, Bucks Fizz and Lulu.", "eurovision"),
		deskFact("songs", "Viewers will choose 14 past songs to be performed at the anniversary show in Denmark.", "special"),
	)))
	answersWith(t, ask, map[string]string{
		"Will Abba perform at the anniversary show?":            "",
		"Will past songs be performed at the anniversary show?": "14 past songs",
	})
}
