package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// assemblyVote is a small story whose party is recorded only in full, in a
// member's title.
func assemblyVote(rival string) *facts.StoryFile {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "assembly-2024", Title: "Assembly rejects tax plan", Date: "2024-02-01"},
		Sources: []facts.Source{{ID: "desk", Title: "Tax vote", Publisher: "Valley News", Published: "2024-02-01"}},
		Entities: []facts.Entity{
			{ID: "rhys-owen", Name: "Rhys Owen", Kind: "person", Title: "leader of the Liberal Democrats in the assembly", Aliases: []string{"Owen"}},
		},
		Facts: []facts.Fact{
			{ID: "owen-homes", Statement: "Rhys Owen, leader of the Liberal Democrats, said 4,000 homes would pay more tax under the plan.", Speaker: "rhys-owen",
				Source: "desk", Status: facts.StatusApproved},
		},
	}
	if rival != "" {
		sf.Entities = append(sf.Entities, facts.Entity{ID: "rival", Name: rival, Kind: "organization"})
	}
	return sf
}

// TestAsk_ClippedName: "Lib Dem" is read as the Liberal Democrats the
// knowledge base records, when it clips that name alone; when it could clip
// two names, it stays unknown and the question is refused.
func TestAsk_ClippedName(t *testing.T) {
	const q = "How many homes will pay more tax, according to the Lib Dem leader?"
	ans, err := asker(indextest.Story(t, assemblyVote("")))(q, facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "4,000") {
		t.Errorf("found %v %q; want the 4,000 homes the Liberal Democrat leader gave", ans.Found, ans.Answer)
	}
	ans, err = asker(indextest.Story(t, assemblyVote("Libyan Democratic Front")))(q, facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: \"Lib Dem\" may clip the Libyan Democratic Front as well", ans.Answer)
	}
}
