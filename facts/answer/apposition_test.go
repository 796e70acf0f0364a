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

// TestAsk_NamedByTitleHead: "Which centre has Italy recalled?" asks for a
// player, though a centre is mostly a place: a person the curator titled
// "Italy centre" is of the kind asked; one titled "world cross country
// champion" is no country.
func TestAsk_NamedByTitleHead(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("italy-2005", "Italy recall Stoica", "2005-02-24", "Sport Desk",
		[]facts.Entity{
			{ID: "italy", Name: "Italy", Kind: "organization", Title: "rugby union team"},
			{ID: "stoica", Name: "Cristian Stoica", Kind: "person", Title: "Italy centre", Aliases: []string{"Stoica"}},
			{ID: "johnson", Name: "Benita Johnson", Kind: "person", Title: "world cross country champion", Aliases: []string{"Johnson"}},
		},
		deskFact("recalled", "Italy have recalled the experienced Cristian Stoica.", "stoica"),
		deskFact("field", "The field is headed by Benita Johnson.", "johnson"),
	)))
	ans, err := ask("Which centre have Italy recalled?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Stoica") {
		t.Errorf("found %v %q; want Stoica", ans.Found, ans.Answer)
	}
	if ans, err = ask("Which country heads the field?", facts.AskOptions{}); err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; a cross country champion is no country", ans.Answer)
	}
}
