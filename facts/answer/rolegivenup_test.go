package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_RoleGivenUp: a role said only after "as" and a verb of leaving a
// post ("Hague stepped down as leader") is no longer held: "Who leads the
// Tories?" is answered by the fact that names the leader now.
func TestAsk_RoleGivenUp(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("tories-2005", "Hague 'given up' his PM ambition", "2005-01-17", "Politics Desk",
		[]facts.Entity{
			{ID: "hague", Name: "William Hague", Kind: "person", Aliases: []string{"Hague"}},
			{ID: "howard", Name: "Michael Howard", Kind: "person", Title: "Tory leader", Aliases: []string{"Howard"}},
			{ID: "tories", Name: "Conservative Party", Kind: "organization", Aliases: []string{"Tories", "Tory", "Conservatives"}},
		},
		deskFact("stepped-down", "Hague stepped down as leader after the Conservatives' election defeat in 2001.", "hague"),
		deskFact("disunity", "Labour MPs have warned against disunity, and Tory leader Michael Howard may take up the theme in the Commons.", "howard"),
	)))
	answersWith(t, ask, map[string]string{"Who leads the Tories?": "Howard"})
}
