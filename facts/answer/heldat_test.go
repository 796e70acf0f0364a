package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_RoleHeldAtTheOrganisation: "the Wales coach" is the person
// titled so, not a former Wales coach nor a coach of another side whose
// title also names Wales: what that other coach said does not answer.
func TestAsk_RoleHeldAtTheOrganisation(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "wales-2005", Title: "Ruddock backs Yapp", Date: "2005-01-12"},
		Sources: []facts.Source{{ID: "desk", Title: "Yapp picked", Publisher: "Wire", Published: "2005-01-12"}},
		Entities: []facts.Entity{
			{ID: "wales", Name: "Wales", Kind: "organization"},
			{ID: "john-yapp", Name: "John Yapp", Kind: "person", Title: "Blues prop", Aliases: []string{"Yapp"}},
			{ID: "mike-ruddock", Name: "Mike Ruddock", Kind: "person", Title: "Wales coach", Aliases: []string{"Ruddock"}},
			{ID: "steve-hansen", Name: "Steve Hansen", Kind: "person", Title: "former Wales coach", Aliases: []string{"Hansen"}},
			{ID: "dai-young", Name: "Dai Young", Kind: "person", Title: "Blues coach, former Wales and Lions prop", Aliases: []string{"Young"}},
		},
		Facts: []facts.Fact{
			{ID: "young", Statement: "Young said Yapp's strengths were his scrummaging.", Speaker: "dai-young", Source: "desk", Status: facts.StatusApproved},
			{ID: "ruddock", Statement: "Ruddock said Yapp was a strong ball-carrier who could tackle.", Speaker: "mike-ruddock", Source: "desk", Status: facts.StatusApproved},
		},
	}
	ans, err := asker(indextest.Story(t, sf))("What are Yapp's strengths according to the Wales coach?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(ans.Answer, "Young") {
		t.Errorf("answered %q: Young coaches the Blues, and played for Wales", ans.Answer)
	}
}
