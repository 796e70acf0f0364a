package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhenByDecade: a decade says when ("started the festival in the
// 1980s"), for the act it is said with; "on learning he fathered a daughter
// during the 1960s" says when he fathered her, not when he learned of it.
func TestAsk_WhenByDecade(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("harbour-festival-2005", "Festival founder honoured", "2005-01-24", "Arts Desk",
		[]facts.Entity{
			{ID: "redmond", Name: "Ciaran Redmond", Kind: "person", Title: "festival founder", Aliases: []string{"Redmond"}},
			{ID: "festival", Name: "Harbour Lights festival", Kind: "event", Aliases: []string{"Harbour Lights"}},
			{ID: "hurst", Name: "Stephen Hurst", Kind: "person", Title: "MP", Aliases: []string{"Hurst"}},
		},
		deskFact("started", "Redmond started the Harbour Lights festival in Galway in the 1980s.", "redmond"),
		deskFact("daughter", "Hurst told of his joy on learning he fathered a daughter during the 1960s.", "hurst"),
	)))
	answersWith(t, ask, map[string]string{
		"When did Redmond start the Harbour Lights festival?": "1980s",
		"When did Hurst learn about his daughter?":            "",
	})
}
