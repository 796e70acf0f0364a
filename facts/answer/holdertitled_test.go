package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_HolderByTitleAtTheAskedBody: "Who manages the Republic of
// Ireland?" is answered by a fact about Brian Kerr, whose recorded title is
// the Republic of Ireland manager, though the fact names neither Ireland nor
// the role. "Who manages Italy?" is not: his title places the role
// elsewhere.
func TestAsk_HolderByTitleAtTheAskedBody(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("kerr-2005", "Kerr wary of China", "2005-03-29", "Sport Desk",
		[]facts.Entity{
			{ID: "kerr", Name: "Brian Kerr", Kind: "person", Aliases: []string{"Kerr"}, Title: "Republic of Ireland manager"},
			{ID: "ireland", Name: "Republic of Ireland", Kind: "organization", Aliases: []string{"Ireland"}},
			{ID: "italy", Name: "Italy", Kind: "organization"},
			{ID: "china", Name: "China", Kind: "organization"},
		},
		deskFact("china-improved", "Kerr said China had improved a lot in recent years and would be tough opponents.", "kerr"),
		deskFact("italy-game", "Ireland will play Italy in a friendly in August.", "ireland"),
	)))
	answersWith(t, ask, map[string]string{
		"Who manages the Republic of Ireland?": "Kerr",
		"Who manages Italy?":                   "",
	})
}
