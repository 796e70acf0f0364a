package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhereAnEventIsHeld: an event the curator recorded as one is held
// where and when it happens, so "Where is the Harbour Expo held?" is
// answered by "the Harbour Expo conference in Glasgow" and "What day was
// the dock strike held?" by the day it took place; a person is not held
// where they were born, and a place elsewhere in the fact ("Britain's
// rebate ... at the summit") is not where the event is.
func TestAsk_WhereAnEventIsHeld(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("expo-2005", "Expo opens", "2005-01-12", "Business Desk",
		[]facts.Entity{
			{ID: "expo", Name: "Harbour Expo", Kind: "event", Aliases: []string{"expo"}},
			{ID: "strike", Name: "dock strike", Kind: "event"},
			{ID: "summit", Name: "Ports Council summit", Kind: "event", Aliases: []string{"summit"}},
			{ID: "hale", Name: "Ken Hale", Kind: "person", Aliases: []string{"Hale"}},
		},
		deskFact("opens", "Hundreds of exhibitors will attend the Harbour Expo conference in Glasgow next week.", "expo"),
		deskFact("walkout", "Thousands of dockers went on the dock strike on Friday over planned job cuts.", "strike"),
		deskFact("rebate", "Britain's port levy is not up for renegotiation at next week's Ports Council summit, Hale said.", "summit"),
		deskFact("born", "Ken Hale was born in Glasgow.", "hale"),
	)))
	answersWith(t, ask, map[string]string{
		"Where is the Harbour Expo held?":    "Glasgow",
		"What day was the dock strike held?": "Friday",
		"Where is the summit being held?":    "",
		"Where is Ken Hale being held?":      "",
	})
}
