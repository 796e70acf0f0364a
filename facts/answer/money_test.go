package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// harbourGrant is a small story whose sums are given as figures, never with
// a word for money.
func harbourGrant() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "harbour-grant-2024", Title: "Harbour wins regional grant", Date: "2024-06-11"},
		Sources: []facts.Source{{ID: "desk", Title: "Harbour grant", Publisher: "Harbour Gazette", Published: "2024-06-11"}},
		Entities: []facts.Entity{
			{ID: "harbour-board", Name: "Harbour Board", Kind: "organization", Aliases: []string{"the board"}},
			{ID: "region", Name: "Northern Regional Authority", Kind: "organization", Aliases: []string{"the authority"}},
		},
		Facts: []facts.Fact{
			{ID: "grant", Statement: "The Harbour Board receives the full £3.2m promised by the Northern Regional Authority.",
				Subject: "harbour-board", Source: "desk", Status: facts.StatusApproved},
			{ID: "cranes", Statement: "The Harbour Board will replace four cranes at the eastern quay.",
				Subject: "harbour-board", Source: "desk", Status: facts.StatusApproved},
			{ID: "jobs", Statement: "The Northern Regional Authority expects 40 new jobs at the harbour.",
				Subject: "region", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_MoneyWordIsASum: a question's word for money ("cash", "funds") is
// said by a fact that gives a sum, though the fact has no word for money;
// a figure that is no sum ("40 new jobs") does not say it.
func TestAsk_MoneyWordIsASum(t *testing.T) {
	ask := asker(indextest.Story(t, harbourGrant()))
	for _, q := range []string{
		"How much cash did the Northern Regional Authority promise?",
		"Did the board receive the promised funds in full?",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || ans.Facts[0].ID != "harbour-grant-2024/grant" {
			t.Errorf("%q: found %v %q; want the fact giving the £3.2m", q, ans.Found, ans.Answer)
		}
	}
	ans, err := ask("How much cash does the authority expect at the harbour?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found && ans.Facts[0].ID == "harbour-grant-2024/jobs" {
		t.Errorf("answered %q: 40 jobs are no cash", ans.Answer)
	}
}

// showFloor is a small story of a trade show: one sum given by the word for
// its currency, with no sign, and one screen measured but not priced.
func showFloor() *facts.StoryFile {
	return deskStory("show-floor-2005", "Giant screens on the show floor", "2005-01-10", "Tech Desk",
		[]facts.Entity{
			{ID: "lumen", Name: "Lumen Electronics", Kind: "organization", Aliases: []string{"Lumen"}},
			{ID: "corvo", Name: "Corvo Motors", Kind: "organization", Aliases: []string{"Corvo"}},
		},
		deskFact("screen", "Lumen showed a 102-inch (2.6 metre) plasma screen, the largest in the world.", "lumen"),
		deskFact("recall", "Corvo put the cost of recalling its vans at 475m euro.", "corvo"),
	)
}

// TestAsk_HowMuchCostWantsASum: "How much does the screen cost?" asks a sum
// of money, which a fact that gives only the screen's size does not give;
// a sum said with its currency's name ("475m euro") is one.
func TestAsk_HowMuchCostWantsASum(t *testing.T) {
	ask := asker(indextest.Story(t, showFloor()))
	ans, err := ask("How much does Lumen's 102-inch plasma screen cost?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: a size is no price", ans.Answer)
	}
	ans, err = ask("How much did the van recall cost Corvo?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "475m euro") {
		t.Errorf("found %v %q; want it to lead with 475m euro", ans.Found, ans.Answer)
	}
}

// TestAsk_WorthIsASum: "How much is the prize worth?" asks a sum: the fact
// that gives one says the worth, though it never says "worth".
func TestAsk_WorthIsASum(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("book-prize-2004", "Science writer wins prize", "2004-11-05", "Arts Desk",
		[]facts.Entity{{ID: "leroi", Name: "Armand Leroi", Kind: "person", Aliases: []string{"Leroi"}}},
		deskFact("won", "Leroi won the £10,000 prize for his book Mutants.", "leroi"),
		deskFact("panel", "The prize was judged by a panel of five writers and scientists.", ""),
	)))
	ans, err := ask("How much is the prize worth?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "£10,000") {
		t.Errorf("found %v %q; want it to lead with £10,000", ans.Found, ans.Answer)
	}
}

// lakesideOpening is a small story with a sum said of a thing ("the £12m
// visitor centre"), a sum a thing took, past a verb, and a price bounded
// ("just under £95,000").
func lakesideOpening() *facts.StoryFile {
	return deskStory("lakeside-2005", "Lakeside centre opens", "2005-05-02", "Arts Desk",
		[]facts.Entity{
			{ID: "trust", Name: "Lakeside Trust", Kind: "organization"},
			{ID: "festival", Name: "Lakeside Festival", Kind: "event"},
			{ID: "ferry", Name: "Lakeside ferry", Kind: "other"},
		},
		deskFact("opening", "The Lakeside Trust opened its £12m visitor centre on Monday.", "trust"),
		deskFact("takings", "The Lakeside Festival took £300,000 in ticket sales last summer.", "festival"),
		deskFact("ferry", "The new Lakeside ferry is priced at just under £95,000.", "ferry"),
	)
}

// TestAsk_SumSaidOfTheThingAsked: "How much did the visitor centre cost?" is
// answered by the sum said of the centre itself ("its £12m visitor
// centre"), though the fact has no word for cost, as is the one a fact
// prices it at, its bounds aside ("priced at just under £95,000"); a sum
// past a verb ("the festival took £300,000") is another thing's, not what
// the festival cost.
func TestAsk_SumSaidOfTheThingAsked(t *testing.T) {
	answersWith(t, asker(indextest.Story(t, lakesideOpening())), map[string]string{
		"How much did the visitor centre cost?":    "£12m",
		"How much does the Lakeside ferry cost?":   "95,000",
		"How much did the Lakeside Festival cost?": "",
	})
}
