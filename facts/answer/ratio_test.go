package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// brewerResults gives a rise as a percentage, in no word for a ratio.
func brewerResults() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "brewer-results-2005", Title: "Brewer spends on marketing", Date: "2005-02-01"},
		Sources: []facts.Source{{ID: "desk", Title: "Brewer results", Publisher: "Business Desk", Published: "2005-02-01"}},
		Entities: []facts.Entity{
			{ID: "hopfield", Name: "Hopfield Brewery", Kind: "organization", Aliases: []string{"Hopfield"}},
		},
		Facts: []facts.Fact{
			{ID: "marketing", Statement: "Hopfield's spending on marketing rose 37% to £70m in the three months to December.",
				Subject: "hopfield", Source: "desk", Status: facts.StatusApproved},
			{ID: "pubs", Statement: "Hopfield owns 300 pubs, 80% of them in the north of England.",
				Subject: "hopfield", Source: "desk", Status: facts.StatusApproved},
			{ID: "chief", Statement: "Hopfield's chief executive said the brewer would keep its pubs.",
				Subject: "hopfield", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_RatioAsked: "By what percentage did...?" is answered by the
// percentage a fact gives ("rose 37%"), which is the percentage though the
// fact does not say the word.
func TestAsk_RatioAsked(t *testing.T) {
	ask := asker(indextest.Story(t, brewerResults()))
	ans, err := ask("By what percentage did Hopfield's marketing spending increase?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "37") {
		t.Errorf("found %v %q; want it to lead with 37", ans.Found, ans.Answer)
	}
}

// TestAsk_RatioLeads: "What proportion...?" leads with the percentage of a
// fact that gives a sum first and the share it is after.
func TestAsk_RatioLeads(t *testing.T) {
	ask := asker(indextest.Story(t, brewerResults()))
	ans, err := ask("What proportion of Hopfield's pubs are in the north of England?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "80%") {
		t.Errorf("found %v %q; want it to lead with 80%%", ans.Found, ans.Answer)
	}
}

// TestAsk_WhichRate: a percentage says a rate, not which rate it is: "What
// was Latin America's unemployment rate?" is not answered by how much its
// economy grew, nor is its inflation rate (though WordNet gives "expand" as
// a synonym of "inflate"); a fact that says unemployment answers it.
func TestAsk_WhichRate(t *testing.T) {
	story := deskStory("latam-2004", "Latin America sees strong growth", "2004-12-15", "Business Desk",
		[]facts.Entity{{ID: "latam", Name: "Latin America", Kind: "place"}},
		deskFact("growth", "Latin America's economy expanded by 5.5% in 2004.", "latam"),
	)
	ask := asker(indextest.Story(t, story))
	for _, q := range []string{"What was Latin America's unemployment rate in 2004?", "What was Latin America's inflation rate in 2004?"} {
		if ans, err := ask(q, facts.AskOptions{}); err != nil || ans.Found {
			t.Errorf("%q: answered %q (%v); growth is not that rate", q, ans.Answer, err)
		}
	}
	story.Facts = append(story.Facts, deskFact("jobless", "Unemployment in Latin America fell to 9.6% in 2004.", "latam"))
	ask = asker(indextest.Story(t, story))
	if ans, err := ask("What was Latin America's unemployment rate in 2004?", facts.AskOptions{}); err != nil || !strings.Contains(ans.Answer, "9.6%") {
		t.Errorf("answered %q (%v); want 9.6%%", ans.Answer, err)
	}
}
