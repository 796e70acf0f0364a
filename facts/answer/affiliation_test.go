package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_Affiliation: whom someone works for is said by the body beside
// the name ("Janco Partners analyst Martin Pyykkonen", "Nick Bubb of
// Evolution Securities"), with no verb, and it says both the working and
// the firm of "Which firm does Pyykkonen work for?"; a rarer verb before the preposition
// ("split from", "compete with") asks an act of its own, which no such
// fact gives.
func TestAsk_Affiliation(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("ebay-results-2005", "eBay profits up", "2005-01-20", "Business Desk",
		[]facts.Entity{
			{ID: "janco", Name: "Janco Partners", Kind: "organization"},
			{ID: "pyykkonen", Name: "Martin Pyykkonen", Kind: "person", Title: "analyst", Aliases: []string{"Pyykkonen"}},
			{ID: "evolution", Name: "Evolution Securities", Kind: "organization"},
			{ID: "bubb", Name: "Nick Bubb", Kind: "person", Title: "retail analyst", Aliases: []string{"Bubb"}},
		},
		deskFact("ahead", "Janco Partners analyst Martin Pyykkonen said Wall Street had got a little ahead of eBay for the quarter.", "pyykkonen"),
		deskFact("husk", "Retail analyst Nick Bubb of Evolution Securities described the chain as a shrivelled husk of a company.", "bubb"),
	)))
	for _, tc := range []struct {
		q, want string
	}{
		{"Who does Pyykkonen work for?", "Janco Partners"},
		{"Which firm does Pyykkonen work for?", "Janco Partners"},
		{"Which firm does the analyst Bubb work for?", "Evolution Securities"},
		{"Who has Pyykkonen split from?", ""},
		{"Who is Bubb competing with?", ""},
	} {
		ans, err := ask(tc.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if tc.want == "" && ans.Found || tc.want != "" && (!ans.Found || !strings.Contains(ans.Answer, tc.want)) {
			t.Errorf("%q: answered %q (found %v); want %q", tc.q, ans.Answer, ans.Found, tc.want)
		}
	}
}

// TestAsk_AffiliationNotRecorded: a body the curator did not record still
// says whom someone plays for when its capitalised name opens the role
// before theirs ("the Leinster flanker Johnny O'Connor"); a capital that
// only starts the sentence ("Fund manager KK Mittal") names no body, nor
// does a nationality ("the Brazilian midfielder Carlos Alberto"), though
// the curator gave it as another name of a team ("Welsh legend Phil
// Bennett").
func TestAsk_AffiliationNotRecorded(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("ireland-squad-2005", "Ireland name squad", "2005-02-01", "Sport Desk",
		[]facts.Entity{
			{ID: "oconnor", Name: "Johnny O'Connor", Kind: "person", Aliases: []string{"O'Connor"}},
			{ID: "mittal", Name: "KK Mittal", Kind: "person", Aliases: []string{"Mittal"}},
			{ID: "alberto", Name: "Carlos Alberto", Kind: "person", Aliases: []string{"Alberto"}},
			{ID: "bennett", Name: "Phil Bennett", Kind: "person", Aliases: []string{"Bennett"}},
			{ID: "wales", Name: "Wales", Kind: "organization", Title: "Wales national rugby union team", Aliases: []string{"Welsh"}},
		},
		deskFact("called", "Ireland have called up the Leinster flanker Johnny O'Connor for the game.", "oconnor"),
		deskFact("cheap", "Fund manager KK Mittal said Holcim was looking to buy ACC very cheap.", "mittal"),
		deskFact("twice", "Ireland have called up the Brazilian midfielder Carlos Alberto for the game.", "alberto"),
		deskFact("cope", "Welsh legend Phil Bennett insisted Wales can cope without their injured captain.", "bennett"),
	)))
	answersWith(t, ask, map[string]string{
		"Which club does the flanker O'Connor play for?":   "Leinster",
		"Which fund does KK Mittal work for?":              "",
		"Which club does the midfielder Alberto play for?": "",
		"Which club did Bennett play for?":                 "",
	})
}
