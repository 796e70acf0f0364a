package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_AnEventIsNoPlaceOfAnother: where a final is played is a place;
// "in the Champions League" names another event, not where. An event after
// the question's verb is where one goes ("to the annual Governor's Ball").
func TestAsk_AnEventIsNoPlaceOfAnother(t *testing.T) {
	sf := deskStory("chelsea-week-2005", "Chelsea face busy week", "2005-02-21", "Sport Desk",
		[]facts.Entity{
			{ID: "chelsea", Name: "Chelsea", Kind: "organization"},
			{ID: "barcelona", Name: "Barcelona", Kind: "organization"},
			{ID: "liverpool", Name: "Liverpool", Kind: "organization"},
			{ID: "league", Name: "Champions League", Kind: "event"},
			{ID: "final", Name: "Carling Cup final", Kind: "event"},
			{ID: "conti", Name: "Tom Conti", Kind: "person", Aliases: []string{"Conti"}},
			{ID: "ceremony", Name: "awards ceremony", Kind: "event", Aliases: []string{"the ceremony"}},
			{ID: "ball", Name: "Governor's Ball", Kind: "event"},
		},
		deskFact("week", "This week Chelsea play Barcelona in the Champions League and Liverpool in the Carling Cup final.", "chelsea"),
		deskFact("after", "After the ceremony Conti goes to the annual Governor's Ball with his family.", "conti"),
	)
	answersWith(t, asker(indextest.Story(t, sf)), map[string]string{
		"Where is the Carling Cup final being played?": "",
		"Where does Conti go after the ceremony?":      "Governor's Ball",
	})
	sf.Facts = append(sf.Facts, deskFact("cardiff", "The Carling Cup final will be played at the Millennium Stadium in Cardiff.", "final"))
	answersWith(t, asker(indextest.Story(t, sf)), map[string]string{
		"Where is the Carling Cup final being played?": "Cardiff",
	})
}
