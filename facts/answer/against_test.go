package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_AgainstIsPlayed: in "Who scored Wales's tries against France?"
// France is the side played, so a fact where France scores ("France
// dominated early on and scored two tries") does not say who scored Wales's;
// a fact that names Wales's scorer does.
func TestAsk_AgainstIsPlayed(t *testing.T) {
	story := deskStory("wales-2005", "Wales beat France", "2005-02-26", "Sport Desk",
		[]facts.Entity{
			{ID: "wales", Name: "Wales", Kind: "organization"},
			{ID: "france", Name: "France", Kind: "organization"},
			{ID: "bennett", Name: "Phil Bennett", Kind: "person", Aliases: []string{"Bennett"}},
			{ID: "williams", Name: "Martyn Williams", Kind: "person", Aliases: []string{"Williams"}},
		},
		deskFact("two-tries", "Bennett said France dominated early on and scored two tries as Wales could not get possession.", "france"),
	)
	ask := asker(besideBundled(t, story))
	ans, err := ask("Who scored Wales's tries against France?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; France scored its own tries", ans.Answer)
	}
	story.Facts = append(story.Facts, deskFact("williams", "Martyn Williams scored both of Wales's tries against France in Paris.", "williams"))
	answersWith(t, asker(besideBundled(t, story)), map[string]string{"Who scored Wales's tries against France?": "Martyn Williams"})
}
