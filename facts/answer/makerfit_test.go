package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_MakerNamedFitsWho: "Who directed Kings And Queen?" is answered by
// a list of films that sets the director before his with "'s" ("Arnaud
// Desplechin's Kings And Queen"): the maker named is the one asked for. The
// list names no one before "The Chorus", so it does not say who directed
// that.
func TestAsk_MakerNamedFitsWho(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("cesars-2005", "Cesar nominations announced", "2005-01-26", "Arts Desk",
		[]facts.Entity{
			{ID: "cesars", Name: "Cesar awards", Kind: "event", Aliases: []string{"Cesars"}},
		},
		deskFact("best-film", "Also nominated for best film are police drama 36 Quai des Orfevres, Arnaud Desplechin's Kings And Queen, Abdellatif Kechiche's L'Esquive and The Chorus.", "cesars"),
	)))
	answersWith(t, ask, map[string]string{
		"Who directed Kings And Queen?": "Desplechin",
		"Who directed The Chorus?":      "",
	})
}
