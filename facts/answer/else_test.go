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

// TestAsk_Other: "What other show does Deeley present?" takes CD:UK as
// known: the fact about her years on it does not answer, the one that
// tells of another ("also presents") does. "Which other acts are on the
// bill?" is answered by a fact that speaks of others ("Other acts on the
// bill include...").
func TestAsk_Other(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("deeley-2005", "Cat Deeley quits CD:UK", "2005-02-10", "Arts Desk",
		[]facts.Entity{
			{ID: "deeley", Name: "Cat Deeley", Kind: "person", Title: "Television presenter", Aliases: []string{"Deeley"}},
			{ID: "cd-uk", Name: "CD:UK", Kind: "other"},
			{ID: "stars", Name: "Stars In Their Eyes", Kind: "other"},
			{ID: "festival", Name: "Summer Sundae", Kind: "event"},
		},
		facts.Fact{ID: "great-years", Statement: "Deeley said she had enjoyed a great few years presenting the show CD:UK.",
			Subject: "deeley", Source: "desk", Status: facts.StatusApproved},
		facts.Fact{ID: "festival-headline", Statement: "The Coral will headline the Summer Sundae festival bill.",
			Subject: "festival", Source: "desk", Status: facts.StatusApproved},
		facts.Fact{ID: "festival-acts", Statement: "Other acts on the Summer Sundae bill include Robert Plant and the Zutons.",
			Subject: "festival", Source: "desk", Status: facts.StatusApproved},
	)))
	ans, err := ask("What other show does Deeley present?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the only show the knowledge base gives her is the one taken as known", ans.Answer)
	}
	if ans, err = ask("Which other acts are on the Summer Sundae bill?", facts.AskOptions{}); err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Robert Plant") || strings.Contains(ans.Answer, "headline") {
		t.Errorf("found %v %q; want the other acts, not the headliner", ans.Found, ans.Answer)
	}
}

// TestAsk_HowManyOther: "How many other people were charged?" takes those
// the story charges as known, and asks for a count of more: "Two men were
// charged" counts the ones known; "three other people were also charged"
// counts others.
func TestAsk_HowManyOther(t *testing.T) {
	story := deskStory("raids-2004", "Two charged after piracy raids", "2004-09-01", "Tech Desk",
		[]facts.Entity{{ID: "fbi", Name: "FBI", Kind: "organization"}},
		facts.Fact{ID: "charged", Statement: "Two men were charged after FBI raids on suspected film pirates in August.",
			Subject: "fbi", Source: "desk", Status: facts.StatusApproved},
	)
	answersWith(t, asker(besideBundled(t, story)), map[string]string{"How many other people were charged after the raids?": ""})
	story.Facts = append(story.Facts, facts.Fact{ID: "others", Statement: "Three other people were charged after the raids, in the same week.",
		Subject: "fbi", Source: "desk", Status: facts.StatusApproved})
	answersWith(t, asker(besideBundled(t, story)), map[string]string{"How many other people were charged after the raids?": "Three"})
}
