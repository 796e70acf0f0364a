package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhichRoleIsAsked: "Which leader...?" asks which one: the role
// names the kind of answer, not the one leader the knowledge base has titled
// so.
func TestAsk_WhichRoleIsAsked(t *testing.T) {
	ask := asker(indextest.Story(t, &facts.StoryFile{
		Story:   facts.Story{ID: "phone-in-2005", Title: "Kennedy on the phone-in", Date: "2005-03-07"},
		Sources: []facts.Source{{ID: "desk", Title: "Phone-in", Publisher: "Politics Desk", Published: "2005-03-07"}},
		Entities: []facts.Entity{
			{ID: "kennedy", Name: "Charles Kennedy", Kind: "person", Title: "Liberal Democrat leader", Aliases: []string{"Kennedy"}},
			{ID: "howard", Name: "Michael Howard", Kind: "person", Aliases: []string{"Howard"}},
			{ID: "five", Name: "Five", Kind: "organization", Aliases: []string{"Channel Five"}},
		},
		Facts: []facts.Fact{
			{ID: "trust", Statement: "Kennedy said voters had lost trust in the prime minister.",
				Speaker: "kennedy", Source: "desk", Status: facts.StatusApproved},
			{ID: "session", Statement: "Kennedy spent the day on Five, in a session on a morning programme.",
				Subject: "kennedy", Source: "desk", Status: facts.StatusApproved},
			{ID: "booked", Statement: "Michael Howard is booked for a similar session with Five.",
				Subject: "howard", Source: "desk", Status: facts.StatusApproved},
		},
	}))
	ans, err := ask("Which leader is booked for a similar session on Five?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Howard") {
		t.Errorf("answered %q (found %v); Michael Howard is booked", ans.Answer, ans.Found)
	}
}

// carMakers is a story whose fact names the rivals a carmaker claims beside
// the carmaker, in words of its own.
func carMakers() *facts.StoryFile {
	return deskStory("car-makers-2005", "Carmaker cuts", "2005-01-20", "Business Desk",
		[]facts.Entity{
			{ID: "volvo", Name: "Volvo", Kind: "organization"},
			{ID: "audi", Name: "Audi", Kind: "organization"},
			{ID: "lexus", Name: "Lexus", Kind: "organization"},
		},
		deskFact("rivals", "Volvo has long said it competes head-on with Audi and Lexus, but the leaders of the segment do not agree.", "volvo"),
		deskFact("cuts", "Volvo will cut 500 jobs at its plant in Ghent this year.", "volvo"),
		deskFact("sales", "Audi sold more cars in Europe than ever before.", "audi"),
		deskFact("luxury", "Lexus is the luxury brand of Toyota.", "lexus"),
	)
}

// TestAsk_WhichFarAheadBesideItsEntity: a which-question whose words a fact
// far ahead of the rest holds only in part is answered when the fact says
// a word of the question right beside the entity it applies to ("Volvo ...
// said it competes"): the kind asked for ("brands") is named there. Since
// stop 63 such a fact must hold 0.625 of the question's words, and "Which
// brands does Volvo say it competes with?" held less.
func TestAsk_WhichFarAheadBesideItsEntity(t *testing.T) {
	ans, err := asker(indextest.Story(t, carMakers()))("Which brands does Volvo say it competes head-on with?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "car-makers-2005/rivals" {
		t.Errorf("found %v %q; want the rivals Volvo claims", ans.Found, ans.Answer)
	}
}
