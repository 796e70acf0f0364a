package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_RoleBySynonym: "Who is the boss of Archos?" asks the role "Archos
// chief Henri Crohas" holds: a role word's main-sense synonym for a person
// is the same role, and counts as the word itself.
func TestAsk_RoleBySynonym(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("ces-2005", "Media gadgets get moving", "2005-01-10", "Technology Desk",
		[]facts.Entity{
			{ID: "archos", Name: "Archos", Kind: "organization"},
			{ID: "crohas", Name: "Henri Crohas", Kind: "person", Title: "Archos chief", Aliases: []string{"Crohas"}},
		},
		deskFact("keen", "Archos chief Henri Crohas said consumers were very keen on devices that keep all their media in one place.", "crohas"),
		deskFact("launch", "Archos launched its newest range of portable media devices at the Consumer Electronics Show.", "archos"),
	)))
	ans, err := ask("Who is the boss of Archos?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Crohas") {
		t.Errorf("answered %q (found %v); want Henri Crohas", ans.Answer, ans.Found)
	}
}
