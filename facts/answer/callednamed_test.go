package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_CalledAfterTheFocusNamesIt: "Which song on Lifeblood is dedicated
// to Edwards?" is answered by "a song dedicated to Edwards called Cardiff
// Afterlife": the name after "called" says which, though it begins with a
// place's; "includes a song dedicated to Edwards" says only that one is.
func TestAsk_CalledAfterTheFocusNamesIt(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("manics-2005", "Richey Edwards: a timeline", "2005-02-01", "Arts Desk",
		[]facts.Entity{
			{ID: "edwards", Name: "Richey Edwards", Kind: "person", Aliases: []string{"Edwards"}},
			{ID: "lifeblood", Name: "Lifeblood", Kind: "other"},
			{ID: "holy-bible", Name: "The Holy Bible", Kind: "other"},
		},
		deskFact("lifeblood", "The band's seventh studio album, Lifeblood, includes a song dedicated to Edwards called Cardiff Afterlife.", "lifeblood"),
		deskFact("holy-bible", "The Holy Bible includes a song dedicated to Edwards.", "holy-bible"),
	)))
	answersWith(t, ask, map[string]string{
		"Which song on Lifeblood is dedicated to Edwards?":      "Cardiff Afterlife",
		"Which song on The Holy Bible is dedicated to Edwards?": "",
	})
}
