package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhereByVenue: a name after a preposition of place says where,
// though neither WordNet nor the curator knows it as a place: "goes to the
// annual Harbour Gala" (an event) answers "Where does Holt go...?"; an
// organisation after "to" is whom something went to, not where.
func TestAsk_WhereByVenue(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "prize-2005", Title: "Holt wins the prize", Date: "2005-03-01"},
		Sources: []facts.Source{{ID: "desk", Title: "Holt wins", Publisher: "Wire", Published: "2005-03-01"}},
		Entities: []facts.Entity{
			{ID: "mira-holt", Name: "Mira Holt", Kind: "person", Aliases: []string{"Holt"}},
			{ID: "harbour-gala", Name: "Harbour Gala", Kind: "event"},
			{ID: "northwind", Name: "Northwind", Kind: "organization"},
		},
		Facts: []facts.Fact{
			{ID: "gala", Statement: "After the ceremony Holt goes to the annual Harbour Gala with her family.", Subject: "mira-holt", Source: "desk", Status: facts.StatusApproved},
			{ID: "rights", Statement: "Holt sold the film rights to Northwind last year.", Subject: "mira-holt", Source: "desk", Status: facts.StatusApproved},
		},
	}
	ask := asker(indextest.Story(t, sf))
	ans, err := ask("Where does Holt go after the ceremony?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Harbour Gala") {
		t.Errorf("Where does Holt go after the ceremony? = %q (found %v), want the Harbour Gala", ans.Answer, ans.Found)
	}
	ans, err = ask("Where did Holt sell the film rights?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("Where did Holt sell the film rights? = %q: Northwind bought them, it is no place", ans.Answer)
	}
}

// TestAsk_WhereBySpot: a common noun for a place after a preposition of
// place ("in the left corner", "on shareware sites") says where, though it
// names no place; a thing one is in ("in a rescheduled concert") does not.
func TestAsk_WhereBySpot(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("calcutta-2005", "Scotland lose to England", "2005-02-26", "Sport Desk",
		[]facts.Entity{
			{ID: "lamont", Name: "Sean Lamont", Kind: "person", Aliases: []string{"Lamont"}},
			{ID: "rem", Name: "REM", Kind: "group"},
		},
		deskFact("disallowed", "Wing Sean Lamont thought he had scored in the left corner after 65 minutes, but the try was ruled out.", "lamont"),
		deskFact("concert", "REM have announced plans to play to 10,000 fans in a rescheduled concert.", "rem"),
	)))
	ans, err := ask("Where did Lamont think he had scored?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "left corner") {
		t.Errorf("found %v %q; want where he thought he scored, the left corner", ans.Found, ans.Answer)
	}
	ans, err = ask("Where is the rescheduled REM concert?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story does not say where the concert is", ans.Answer)
	}
}
