package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// villaContract is a story in which a manager speaks, wants something, and
// has his chairman share the board's plans.
func villaContract() *facts.StoryFile {
	return deskStory("villa-2005", "O'Leary signs on", "2005-01-20", "Sport Desk",
		[]facts.Entity{
			{ID: "oleary", Name: "David O'Leary", Kind: "person", Title: "Aston Villa manager", Aliases: []string{"O'Leary"}},
			{ID: "ellis", Name: "Doug Ellis", Kind: "person", Title: "Villa chairman", Aliases: []string{"Ellis"}},
			{ID: "villa", Name: "Aston Villa", Kind: "organization", Aliases: []string{"Villa"}},
		},
		deskFact("delighted", "O'Leary said he was delighted to have signed a new contract with Villa.", "oleary"),
		deskFact("board", "Ellis said O'Leary's record at Villa was excellent and that he shared the board's plans.", "ellis"),
		deskFact("top-six", "O'Leary wants Villa to be finishing regularly in the top six.", "oleary"),
	)
}

// TestAsk_OwnedNounIsNoSpeech: "What are O'Leary's plans for Villa?"
// asks for his plans, a noun he owns, not for whatever he said, though
// WordNet has "plan" as a verb of thinking too; and the board's
// plans, which the chairman shares, are not his.
func TestAsk_OwnedNounIsNoSpeech(t *testing.T) {
	ask := asker(indextest.Story(t, villaContract()))
	ans, err := ask("What are O'Leary's plans for Villa?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found && (strings.Contains(ans.Answer, "delighted") || strings.Contains(ans.Answer, "board")) {
		t.Errorf("answered %q; neither what he said nor the board's plans are his", ans.Answer)
	}
}
