package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_RoleNounNamesDoer: "Who directed X?" is answered by a fact that
// names X's director by the role noun ("British director Sean McAllister's
// The Liberace of Baghdad won a prize"), though the fact's own act, the
// winning, has X as its subject; a director of another film ("Evil Dead
// director Sam Raimi") directed that one, not the film asked about.
func TestAsk_RoleNounNamesDoer(t *testing.T) {
	prize := deskFact("prize", "British director Sean McAllister's The Liberace of Baghdad, about a pianist in war-torn Iraq, won a special prize in the world documentary category.", "liberace")
	prize.Predicate = "won"
	top := deskFact("top", "Boogeyman, a low-budget horror film produced by Evil Dead director Sam Raimi, has topped the North American box office.", "boogeyman")
	top.Predicate, top.Object = "topped", "North American box office"
	ask := asker(besideBundled(t, deskStory("films-2005", "Films on war triumph at Sundance", "2005-01-31", "Arts Desk",
		[]facts.Entity{
			{ID: "liberace", Name: "The Liberace of Baghdad", Kind: "other"},
			{ID: "mcallister", Name: "Sean McAllister", Kind: "person", Aliases: []string{"McAllister"}},
			{ID: "boogeyman", Name: "Boogeyman", Kind: "other"},
			{ID: "raimi", Name: "Sam Raimi", Kind: "person", Title: "Evil Dead director", Aliases: []string{"Raimi"}},
		},
		prize, top,
	)))
	answersWith(t, ask, map[string]string{
		"Who directed The Liberace of Baghdad?": "McAllister",
		"Who directed Boogeyman?":               "",
	})
}
