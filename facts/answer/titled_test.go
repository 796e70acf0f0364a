package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// stewardSacked is a small story whose person the questions name by a
// compound noun of her title; with second, another person holds it too.
func stewardSacked(second bool) *facts.StoryFile {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "steward-2024", Title: "Port sacks bus driver", Date: "2024-05-09"},
		Sources: []facts.Source{{ID: "desk", Title: "Driver sacked", Publisher: "Harbour Gazette", Published: "2024-05-09"}},
		Entities: []facts.Entity{
			{ID: "tess-marr", Name: "Tess Marr", Kind: "person", Title: "bus driver on the harbour route", Aliases: []string{"Marr"}},
		},
		Facts: []facts.Fact{
			{ID: "dismissed", Statement: "The port dismissed Tess Marr on 3 June.", Object: "tess-marr", Source: "desk", Status: facts.StatusApproved},
			{ID: "appeal", Statement: "Marr will appeal in July, her lawyer said.", Subject: "tess-marr", Source: "desk", Status: facts.StatusApproved},
		},
	}
	if second {
		sf.Entities = append(sf.Entities, facts.Entity{ID: "ian-cole", Name: "Ian Cole", Kind: "person", Title: "bus driver on the airport route"})
	}
	return sf
}

// TestAsk_PersonNamedByTheirTitle: "the bus driver" names the one person
// whose recorded title holds that compound; when two people hold it, it names
// neither.
func TestAsk_PersonNamedByTheirTitle(t *testing.T) {
	const q = "When was the bus driver dismissed?"
	ans, err := asker(besideBundled(t, stewardSacked(false)))(q, facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "3 June") {
		t.Errorf("found %v %q; want Tess Marr dismissed on 3 June", ans.Found, ans.Answer)
	}
	ans, err = asker(indextest.Story(t, stewardSacked(false)))("When were the bus drivers dismissed?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: bus drivers are several people, not the one titled bus driver", ans.Answer)
	}
	ans, err = asker(indextest.Story(t, stewardSacked(true)))(q, facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: the bus driver may be Ian Cole as well as Tess Marr", ans.Answer)
	}
}

// TestAsk_NamedByTitle: "the Holby City actor" names Jeremy Edwards by his
// recorded title, and a fact about him gives the name the question gives,
// though it does not say it.
func TestAsk_NamedByTitle(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("cbb-eviction-2005", "Double eviction", "2005-01-22", "Entertainment Desk",
		[]facts.Entity{
			{ID: "edwards", Name: "Jeremy Edwards", Kind: "person", Title: "Holby City actor", Aliases: []string{"Edwards"}},
			{ID: "caprice", Name: "Caprice", Kind: "person", Title: "model"},
		},
		deskFact("vote", "Edwards left afterwards in the surprise eviction, with 12% of the vote.", "edwards"),
		deskFact("first", "Caprice was the first to leave on Friday.", "caprice"),
	)))
	ans, err := ask("How much of the vote did the Holby City actor get?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "12%") {
		t.Errorf("found %v %q; want 12%% of the vote", ans.Found, ans.Answer)
	}
}

// TestAsk_SaidForABodyByTitle: "What did the Telegraph exec say...?" asks
// about the Telegraph; a fact in which Murdoch MacLennan, recorded as its
// executive, speaks is about it, though it does not name it.
func TestAsk_SaidForABodyByTitle(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("telegraph-2004", "Telegraph to cut jobs", "2004-12-01", "Business Desk",
		[]facts.Entity{
			{ID: "telegraph", Name: "Telegraph Group", Kind: "organization", Aliases: []string{"Telegraph"}},
			{ID: "maclennan", Name: "Murdoch MacLennan", Kind: "person", Title: "Telegraph chief executive", Aliases: []string{"MacLennan"}},
		},
		facts.Fact{ID: "invest", Statement: "MacLennan said investing in production was needed to protect the titles from competitors.",
			Speaker: "maclennan", Source: "desk", Status: facts.StatusApproved},
		deskFact("cuts", "The Telegraph Group is to cut 90 journalists' jobs.", "telegraph"),
	)))
	ans, err := ask("What did the Telegraph exec say about production?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "investing in production") {
		t.Errorf("found %v %q; want what MacLennan said", ans.Found, ans.Answer)
	}
}
