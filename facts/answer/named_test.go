package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhoWasNamed: "Who was named top publisher?" asks who was given
// the title, which a company may be; it does not ask for a person holding
// the role of publisher.
func TestAsk_WhoWasNamed(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("joystick-awards-2004", "Doom 3 wins at awards", "2004-11-05", "Technology Desk",
		[]facts.Entity{{ID: "ea", Name: "Electronic Arts", Kind: "organization", Aliases: []string{"EA"}}},
		deskFact("publisher", "Electronic Arts was named top publisher of the year at the Golden Joystick awards.", "ea"),
	)))
	ans, err := ask("Who was named top publisher of the year?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Electronic Arts") {
		t.Errorf("answered %q (found %v); want Electronic Arts", ans.Answer, ans.Found)
	}
}

// TestAsk_NameSaidIsNoOtherWord: the question has said "Awards" in naming
// the MTV Europe Music Awards; a fact's "Awards" of that name is no word for
// its "prizes", and only a fact of prizes won answers.
func TestAsk_NameSaidIsNoOtherWord(t *testing.T) {
	story := deskStory("eminem-2004", "Eminem plays secret gig", "2004-11-20", "Arts Desk",
		[]facts.Entity{
			{ID: "eminem", Name: "Eminem", Kind: "person"},
			{ID: "mtv-awards", Name: "MTV Europe Music Awards", Kind: "event"},
		},
		deskFact("arrival", "Eminem flew into the UK on Friday after appearing at the MTV Europe Music Awards in Rome.", "eminem"),
	)
	answersOnceTold(t, story, "Did Eminem win any prizes at the MTV Europe Music Awards?", deskFact("won", "Eminem won two prizes at the MTV Europe Music Awards.", "eminem"), "two prizes")
}
