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
