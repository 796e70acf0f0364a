package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// bettingAndContracts has figures beside words a how-many question counts
// that are not what the figures count: people past the clause of "two
// evictions", years of an age.
func bettingAndContracts() *facts.StoryFile {
	thirty := 30.0
	return &facts.StoryFile{
		Story:   facts.Story{ID: "bets-2005", Title: "Bets off", Date: "2005-01-29"},
		Sources: []facts.Source{{ID: "desk", Title: "Bets off", Publisher: "Desk", Published: "2005-01-29"}},
		Entities: []facts.Entity{
			{ID: "hill", Name: "William Hill", Kind: "organization"},
			{ID: "campbell", Name: "Sol Campbell", Kind: "person", Aliases: []string{"Campbell"}},
		},
		Facts: []facts.Fact{
			{ID: "suspicions", Statement: "William Hill grew suspicious over the previous two evictions, when people still tried to stake large sums.",
				Subject: "hill", Source: "desk", Status: facts.StatusApproved},
			{ID: "suspended", Statement: "William Hill suspended betting on the show on Friday.",
				Subject: "hill", Source: "desk", Status: facts.StatusApproved},
			{ID: "contract", Statement: "The 30-year-old Campbell's current contract runs out in the summer.",
				Subject: "campbell", Value: &thirty, Unit: "years old", Source: "desk", Status: facts.StatusApproved},
			{ID: "striker", Statement: "The 28-year-old striker's deal runs out next year.",
				Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_CountedInTheFiguresClause: a figure counts the words after it in
// its own clause, not those past a comma, and an age counts no years of
// anything else.
func TestAsk_CountedInTheFiguresClause(t *testing.T) {
	ask := asker(indextest.Story(t, bettingAndContracts()))
	for _, q := range []string{
		"How many people tried to stake large sums?",
		"How many years does Campbell's contract run?",
		"How many years does the striker's deal run?",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found {
			t.Errorf("%q answered %q; no fact gives that figure", q, ans.Answer)
		}
	}
}

// TestAsk_AgeIsNoOtherFigure: a fact whose only figure is someone's age
// gives no other figure: "How long is Campbell's new contract?" is not
// answered with "30-year-old". (The story sits beside the bundled one, so
// the words weigh as in a real knowledge base.)
func TestAsk_AgeIsNoOtherFigure(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../testdata/keeper-2004.yaml"))
	ans, err := ask("How long is Campbell's new contract?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; no fact says how long the contract is", ans.Answer)
	}
}
