package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_VerbFormIsNoTime: "going" is a form of "go", whose main sense as a
// noun is a stretch of time (a turn): "that going" places nothing in time,
// and a fact that only says it does not tell when.
func TestAsk_VerbFormIsNoTime(t *testing.T) {
	ask := asker(indextest.Story(t, bannedSprinter()))
	ans, err := ask("When did Whyte go to Conti?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; no fact says when she went to Conti", ans.Answer)
	}
}

// TestAsk_StretchMeasuredIsNoTime: "spent four months out" measures a
// stretch of time and says nothing of when; "after 62 minutes" and "on 9-10
// July" place one.
func TestAsk_StretchMeasuredIsNoTime(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("injury-2005", "Lane back from injury", "2005-02-10", "Sport Desk",
		[]facts.Entity{
			{ID: "lane", Name: "Darren Lane", Kind: "person", Aliases: []string{"Lane"}},
			{ID: "cole", Name: "Joe Cole", Kind: "person", Aliases: []string{"Cole"}},
		},
		deskFact("ankle", "Darren Lane spent four months out with a broken ankle.", "lane"),
		deskFact("bar", "Cole hit the bar with a rising 20-yard drive after 62 minutes.", "cole"),
	)))
	ans, err := ask("When did Darren Lane break his ankle?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; four months out says how long, not when", ans.Answer)
	}
	ans, err = ask("When did Cole hit the bar?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "injury-2005/bar" {
		t.Errorf("found %v %q; want the drive after 62 minutes", ans.Found, ans.Answer)
	}
}
