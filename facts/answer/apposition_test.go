package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_NameInLowerCase: "Which stimulant...?" is answered by "the
// stimulant modafinil", a name in lower case beside the noun asked about;
// a common noun after it ("union leader") names nothing.
func TestAsk_NameInLowerCase(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("white-2004", "Sprinter admits drug use", "2004-05-20", "Sport Desk",
		[]facts.Entity{{ID: "kelli-white", Name: "Kelli White", Kind: "person", Title: "sprinter", Aliases: []string{"White"}}},
		deskFact("modafinil", "White has admitted taking the stimulant modafinil.", "kelli-white"),
		deskFact("ban", "White was banned for two years.", "kelli-white"),
	)))
	ans, err := ask("Which stimulant did the sprinter admit taking?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "modafinil") {
		t.Errorf("found %v %q; want modafinil", ans.Found, ans.Answer)
	}
	ask = asker(besideBundled(t, deskStory("baume-2004", "Brown attacks union chief", "2004-12-01", "Politics Desk",
		[]facts.Entity{
			{ID: "baume", Name: "Jonathan Baume", Kind: "person", Aliases: []string{"Baume"}},
			{ID: "brown", Name: "Gordon Brown", Kind: "person", Aliases: []string{"Brown"}},
		},
		deskFact("criticised", "Gordon Brown has criticised union leader Jonathan Baume.", "baume"),
	)))
	ans, err = ask("Which union is Baume from?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: \"union leader\" names no union", ans.Answer)
	}
}
