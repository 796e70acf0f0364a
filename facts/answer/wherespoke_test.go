package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhereSpokenIsNotWhatWasSaid: "Where was Wardle speaking?" asks
// where he spoke, as "say" would: a place in what he said ("taken from the
// French press") is not it, nor the one he would speak to ("speak to the
// board"). A fact that says where he spoke answers, the place right after
// the verb ("speaking in Manchester") no part of what he said.
func TestAsk_WhereSpokenIsNotWhatWasSaid(t *testing.T) {
	wardle := facts.Entity{ID: "wardle", Name: "John Wardle", Kind: "person", Title: "Manchester City chairman", Aliases: []string{"Wardle"}}
	anelka := facts.Entity{ID: "anelka", Name: "Nicolas Anelka", Kind: "person", Aliases: []string{"Anelka"}}
	france := facts.Entity{ID: "france", Name: "France", Kind: "country", Aliases: []string{"French"}}
	story := deskStory("anelka-2004", "Anelka apologises to City", "2004-11-25", "Sport Desk", []facts.Entity{wardle, anelka, france, {ID: "manchester", Name: "Manchester", Kind: "place"}},
		deskFact("apology", "Chairman John Wardle said he had spoken to Anelka, who apologised for anything mistakenly taken from the French press.", "wardle"),
		deskFact("board", "Wardle said that if a bid came in for Anelka he would speak to the board.", "wardle"),
	)
	answersOnceTold(t, story, "Where was Wardle speaking?", deskFact("where", "Wardle was speaking in Manchester on Tuesday.", "wardle"), "Manchester")
}
