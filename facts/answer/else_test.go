package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_Else: "What else has Oliver Stone directed?" takes one film as
// known and asks for others: a fact that tells of more ("Stone also
// directed JFK") answers, not the one about the film already known. A fact
// with "too" that says how much ("too ill to fly") adds nothing; nor does
// one that adds to what the question names as known ("Besides
// management...": "also managed Tommy Hunter" adds acts managed, not
// another job).
func TestAsk_Else(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("alexander-2004", "Alexander opens to poor reviews", "2004-11-29", "Arts Desk",
		[]facts.Entity{
			{ID: "stone", Name: "Oliver Stone", Kind: "person", Title: "Film director", Aliases: []string{"Stone"}},
			{ID: "alexander", Name: "Alexander", Kind: "other"},
			{ID: "lopez", Name: "Jennifer Lopez", Kind: "person", Title: "Singer and actress", Aliases: []string{"Lopez"}},
			{ID: "holiff", Name: "Saul Holiff", Kind: "person", Title: "Music manager", Aliases: []string{"Holiff"}},
		},
		facts.Fact{ID: "directed", Statement: "Oliver Stone directed Alexander, an epic about the Macedonian king.",
			Subject: "stone", Predicate: "directed", Object: "alexander", Source: "desk", Status: facts.StatusApproved},
		facts.Fact{ID: "also-directed", Statement: "Stone also directed JFK, Platoon and Born on the Fourth of July.",
			Subject: "stone", Predicate: "directed", Source: "desk", Status: facts.StatusApproved},
		facts.Fact{ID: "cancelled", Statement: "Jennifer Lopez called off her appearance at the charity premiere, saying she was too ill to fly.",
			Subject: "lopez", Source: "desk", Status: facts.StatusApproved},
		facts.Fact{ID: "managed", Statement: "The Canadian music manager Holiff also managed Tommy Hunter and the Statler Brothers.",
			Subject: "holiff", Source: "desk", Status: facts.StatusApproved},
	)))
	ans, err := ask("What else has Oliver Stone directed?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "JFK") || strings.Contains(ans.Answer, "Macedonian") {
		t.Errorf("found %v %q; want the other films, not Alexander", ans.Found, ans.Answer)
	}
	for _, q := range []string{"What else has Lopez called off?", "Besides management, what else did Holiff do in music?"} {
		if ans, err = ask(q, facts.AskOptions{}); err != nil {
			t.Fatal(err)
		}
		if ans.Found {
			t.Errorf("%s answered %q; the fact adds nothing besides what is known", q, ans.Answer)
		}
	}
}
