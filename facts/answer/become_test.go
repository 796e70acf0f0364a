package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhenBecameTitle: "When did Sir Howard Newby become chief
// executive of Hefce?" asks when he took the post his record gives him; a
// fact where he only speaks, and tells of another time ("when universities
// dealt with pupils"), does not say it. A fact that says the post does.
func TestAsk_WhenBecameTitle(t *testing.T) {
	newby := facts.Entity{ID: "newby", Name: "Sir Howard Newby", Kind: "person", Title: "Hefce chief executive", Aliases: []string{"Newby"}}
	late := deskFact("late", "Newby said that by the ages of 16 and 18, when universities traditionally dealt with pupils, it was too late.", "newby")
	took := deskFact("took", "Newby became chief executive of Hefce in 2001.", "newby")
	answersOnceTold(t, deskStory("hefce-2005", "Universities told to reach out", "2005-01-19", "Education Desk", []facts.Entity{newby}, late),
		"When did Sir Howard Newby become chief executive of Hefce?", took, "2001")
}

// TestAsk_WhenBecameTitleNotByItsLabel: "England coach Andy Robinson
// became livid..." gives the title as a label before his name, to say who
// is meant; it tells nothing of when he took the post, and the day he grew
// angry is no answer. A fact that says he became coach is.
func TestAsk_WhenBecameTitleNotByItsLabel(t *testing.T) {
	robinson := facts.Entity{ID: "robinson", Name: "Andy Robinson", Kind: "person", Title: "England coach", Aliases: []string{"Robinson"}}
	woodward := facts.Entity{ID: "woodward", Name: "Sir Clive Woodward", Kind: "person", Title: "Former England coach", Aliases: []string{"Woodward"}}
	england := facts.Entity{ID: "england", Name: "England", Kind: "organization"}
	livid := deskFact("livid", "England coach Andy Robinson became livid after his side lost to Ireland on Sunday.", "robinson")
	took := deskFact("took", "Robinson became England coach in September, succeeding Sir Clive Woodward.", "robinson")
	answersOnceTold(t, deskStory("rugby-2005", "Fuming Robinson blasts officials", "2005-02-27", "Sport Desk", []facts.Entity{robinson, woodward, england}, livid),
		"When did Robinson become England coach?", took, "September")
}
