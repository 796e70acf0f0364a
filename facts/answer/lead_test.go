package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// sportsRoundup gives several figures of different kinds in each fact.
func sportsRoundup() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "roundup-2005", Title: "Weekend roundup", Date: "2005-02-14"},
		Sources: []facts.Source{{ID: "desk", Title: "Roundup", Publisher: "Sport Desk", Published: "2005-02-14"}},
		Entities: []facts.Entity{
			{ID: "okafor", Name: "Ada Okafor", Kind: "person", Aliases: []string{"Okafor"}},
			{ID: "tynemouth", Name: "Tynemouth", Kind: "organization"},
			{ID: "rivers", Name: "Dan Rivers", Kind: "person", Aliases: []string{"Rivers"}},
			{ID: "lighthouse", Name: "The Lighthouse", Kind: "work"},
		},
		Facts: []facts.Fact{
			{ID: "jump", Statement: "Okafor, who had not competed indoors for five years, jumped 6.50m on her last attempt.",
				Subject: "okafor", Source: "desk", Status: facts.StatusApproved},
			{ID: "fine", Statement: "Tynemouth have fined Dan Rivers two weeks' pay, roughly £80,000, over a row with the coach.",
				Subject: "tynemouth", Object: "rivers", Source: "desk", Status: facts.StatusApproved},
			{ID: "charts", Statement: "The Lighthouse, in its fourth week in the charts, took $24.1m.",
				Subject: "lighthouse", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_FigureOfTheKindAsked: the answer leads with the figure of the
// kind the question's "how" asks for: a distance for "how far", a sum for
// "how much", a stretch of time for "how long".
func TestAsk_FigureOfTheKindAsked(t *testing.T) {
	ask := asker(indextest.Story(t, sportsRoundup()))
	for q, want := range map[string]string{
		"How far did Okafor jump?":                        "6.50m",
		"How much was Dan Rivers fined?":                  "£80,000",
		"How long has The Lighthouse been in the charts?": "fourth week",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.HasPrefix(strings.ToLower(ans.Answer), want) {
			t.Errorf("%q: found %v %q; want it to lead with %s", q, ans.Found, ans.Answer, want)
		}
	}
}
