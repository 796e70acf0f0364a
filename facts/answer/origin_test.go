package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_OriginBesideTheName: "Where is Patty Schnyder from?" is answered
// by the fact that sets a place beside her name ("Patty Schnyder from
// Switzerland"), not left unanswered for another fact about her that names a
// place beside someone else ("China's Li Na"); and "Which country is
// Conchita Martinez from?" by "Conchita Martinez of Spain" over "Nathalie
// Dechy of France".
func TestAsk_OriginBesideTheName(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("dubai-2005", "Davenport through in Dubai", "2005-02-23", "Sport Desk",
		[]facts.Entity{
			{ID: "schnyder", Name: "Patty Schnyder", Kind: "person", Aliases: []string{"Schnyder"}},
			{ID: "myskina", Name: "Anastasia Myskina", Kind: "person", Aliases: []string{"Myskina"}},
			{ID: "li", Name: "Li Na", Kind: "person"},
			{ID: "martinez", Name: "Conchita Martinez", Kind: "person", Aliases: []string{"Martinez"}},
			{ID: "dechy", Name: "Nathalie Dechy", Kind: "person", Aliases: []string{"Dechy"}},
		},
		deskFact("faces", "Myskina will face eighth seed Patty Schnyder from Switzerland.", "myskina"),
		deskFact("beat-li", "Patty Schnyder defeated China's Li Na 6-3 7-6.", "schnyder"),
		deskFact("ousted", "Conchita Martinez ousted seventh-seeded Nathalie Dechy of France 6-1 6-2.", "martinez"),
		deskFact("quarters", "American Lindsay Davenport will face fellow former Wimbledon champion Conchita Martinez of Spain in the quarter-finals.", "martinez"),
	)))
	for _, tt := range []struct{ q, want, fact string }{
		{"Where is Patty Schnyder from?", "Switzerland", "dubai-2005/faces"},
		{"Which country is Conchita Martinez from?", "Spain", "dubai-2005/quarters"},
	} {
		ans, err := ask(tt.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.Contains(ans.Answer, tt.want) || len(ans.Facts) == 0 || ans.Facts[0].ID != tt.fact {
			t.Errorf("%q: found %v %q citing %v; want %q from %s", tt.q, ans.Found, ans.Answer, ans.Facts, tt.want, tt.fact)
		}
	}
}
