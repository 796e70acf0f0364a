package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_LevelAfterVerbOfChange: "Where has annual house price inflation
// dipped to?" asks the level it came to, which "dipped below 20%" gives as
// "closed at 270.25p" gives where shares closed. Only after a verb of change:
// "spoke to 200 delegates" says nothing of where the minister spoke.
func TestAsk_LevelAfterVerbOfChange(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("halifax-2005", "House price growth slows", "2005-01-06", "Business Desk",
		[]facts.Entity{
			{ID: "halifax", Name: "Halifax", Kind: "organization"},
			{ID: "hewitt", Name: "Patricia Hewitt", Kind: "person", Title: "Trade Secretary"},
		},
		deskFact("annual-inflation", "Annual house price inflation dipped below 20% in the final few months of 2004.", "halifax"),
		deskFact("delegates", "The trade secretary spoke to 200 delegates about exports.", "hewitt"),
	)))
	answersWith(t, ask, map[string]string{
		"Where has annual house price inflation dipped to?": "20%",
		"Where did the trade secretary speak?":              "",
	})
}
