package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// farmReport is a story of a report the curator recorded by its own name,
// with the words readers use for it as aliases, and of an auction won by a
// company no fact names.
func farmReport() *facts.StoryFile {
	return deskStory("farm-2004", "Farm subsidies", "2004-12-09", "Business Desk",
		[]facts.Entity{
			{ID: "fao", Name: "Food and Agriculture Organisation", Kind: "organization", Aliases: []string{"FAO"}},
			{ID: "report", Name: "State of Agricultural Commodity Markets", Kind: "other", Title: "FAO report", Aliases: []string{"FAO report", "the report"}},
			{ID: "yukos", Name: "Yukos", Kind: "organization"},
		},
		deskFact("title", "The FAO report is called the State of Agricultural Commodity Markets.", "report"),
		deskFact("warning", "The FAO report warned that farmers' livelihoods are at risk from protectionism.", "report"),
		deskFact("auction", "The Yukos auction was won by an unknown shell company for $9.4bn.", "yukos"),
	)
}

// TestAsk_NameOfAThing: "What is the name of the FAO report?" asks what a
// thing is called, not who someone is, and is answered by the fact that
// gives the name its words stand for; "What is the name of the shell
// company...?" is not answered by a fact that does not name it.
func TestAsk_NameOfAThing(t *testing.T) {
	ask := asker(indextest.Story(t, farmReport()))
	ans, err := ask("What is the name of the FAO report?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "State of Agricultural Commodity Markets") {
		t.Errorf("answered %q (found %v); the report is the State of Agricultural Commodity Markets", ans.Answer, ans.Found)
	}
	ans, err = ask("What is the name of the shell company that won the auction?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; no fact names the company", ans.Answer)
	}
}
