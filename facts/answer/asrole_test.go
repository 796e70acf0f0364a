package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhoActedAsRole: "Who resigned as May's chief executive?" names the
// role, not the person: its holder is the answer, though the knowledge base
// links the role to him.
func TestAsk_WhoActedAsRole(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("retail-merger-2005", "Federated to buy May", "2005-02-28", "Business Desk",
		[]facts.Entity{
			{ID: "kahn", Name: "Gene Kahn", Kind: "person", Title: "May's chairman and chief executive", Aliases: []string{"Kahn"}},
			{ID: "may", Name: "May Department Stores", Kind: "organization", Aliases: []string{"May"}},
		},
		deskFact("resigned", "Talks sped up after May's chairman and chief executive Gene Kahn resigned in January.", "kahn"),
		deskFact("deal", "Federated is to buy rival May Department Stores for $11bn.", "may"),
	)))
	ans, err := ask("Who resigned as May's chief executive?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Kahn") {
		t.Errorf("answered %q (found %v); want Gene Kahn", ans.Answer, ans.Found)
	}
}

// TestAsk_RoleOfTheOneNamed: "Who will replace Gareth Thomas as Wales
// captain?" names the role's holder by name too: he is the one replaced,
// and the one asked for is who replaces him, not the holder acting.
func TestAsk_RoleOfTheOneNamed(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("wales-captain-2005", "Owen to lead Wales", "2005-03-01", "Sport Desk",
		[]facts.Entity{
			{ID: "owen", Name: "Michael Owen", Kind: "person", Title: "Wales number eight", Aliases: []string{"Owen"}},
			{ID: "thomas", Name: "Gareth Thomas", Kind: "person", Title: "Wales captain", Aliases: []string{"Thomas"}},
			{ID: "wales", Name: "Wales", Kind: "country"},
		},
		deskFact("new-captain", "Wales number eight Michael Owen is set to replace Gareth Thomas as Wales captain.", "owen"),
	)))
	answersWith(t, ask, map[string]string{"Who will replace Gareth Thomas as Wales captain?": "Owen"})
}
