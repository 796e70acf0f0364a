package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_CuratedPlaceTheQuestionGives: a fact's curated place answers
// "where?", but not when the question names that place itself: "Where did
// the DS go on sale before Europe?" asks another place than the Europe of
// "has gone on sale in Europe".
func TestAsk_CuratedPlaceTheQuestionGives(t *testing.T) {
	onSale := deskFact("on-sale", "Nintendo's DS handheld game console has officially gone on sale in Europe.", "ds")
	onSale.Place = "Europe"
	ask := asker(besideBundled(t, deskStory("ds-europe", "Nintendo DS makes its Euro debut", "2005-03-11", "Technology Desk",
		[]facts.Entity{
			{ID: "ds", Name: "Nintendo DS", Kind: "other", Aliases: []string{"DS"}},
			{ID: "europe", Name: "Europe", Kind: "place"},
		},
		onSale,
	)))
	answersWith(t, ask, map[string]string{
		"Where did the DS go on sale before Europe?": "",
		"Where has the DS gone on sale?":             "Europe",
	})
}
