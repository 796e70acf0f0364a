package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// gameEconomy names a measure without giving it (Namibia's GDP) and gives
// another with its figure (the island's price).
func gameEconomy() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "virtual-island-2004", Title: "Gamer buys virtual island", Date: "2004-12-13"},
		Sources: []facts.Source{{ID: "desk", Title: "Virtual island", Publisher: "Tech Desk", Published: "2004-12-13"}},
		Entities: []facts.Entity{
			{ID: "namibia", Name: "Namibia", Kind: "country"},
			{ID: "entropia", Name: "Project Entropia", Kind: "product", Aliases: []string{"Entropia"}},
		},
		Facts: []facts.Fact{
			{ID: "gdp", Statement: "Economists say online role-playing games have an economic impact equal to the GDP of Namibia.",
				Subject: "namibia", Source: "desk", Status: facts.StatusApproved},
			{ID: "island", Statement: "A gamer has paid $26,500 for an island in Project Entropia, at a price no virtual property had fetched before.",
				Subject: "entropia", Source: "desk", Status: facts.StatusApproved},
			{ID: "players", Statement: "Project Entropia is a role-playing game in which thousands of players interact.",
				Subject: "entropia", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_MeasureFocus: "What is the GDP of...?" asks for a figure, as "How
// much...?" does: a fact that names the GDP but gives none does not answer,
// and one that gives the price leads with it.
func TestAsk_MeasureFocus(t *testing.T) {
	ask := asker(indextest.Story(t, gameEconomy()))
	ans, err := ask("What is the GDP of Namibia?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("GDP: answered %q; the story names Namibia's GDP but does not give it", ans.Answer)
	}
	ans, err = ask("What was the price of the island in Project Entropia?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "$26,500") {
		t.Errorf("price: found %v %q; want it to lead with $26,500", ans.Found, ans.Answer)
	}
}

// TestAsk_MoneyFocus: "What was the budget of...?" asks for a sum as "What
// was the cost...?" does: a fact that calls the film small-budget gives
// none, and one that gives the sum answers.
func TestAsk_MoneyFocus(t *testing.T) {
	story := deskStory("film-budgets-2005", "Film budgets", "2005-02-03", "Arts Desk", []facts.Entity{
		{ID: "vera-drake", Name: "Vera Drake", Kind: "other"},
		{ID: "aviator", Name: "The Aviator", Kind: "other", Aliases: []string{"Aviator"}},
	},
		deskFact("vera-small", "Imelda Staunton is a favourite for her role in the small-budget film Vera Drake.", "vera-drake"),
		deskFact("aviator-cost", "The Aviator had a budget of $110m, the most Miramax has spent on a film.", "aviator"),
	)
	ask := asker(indextest.Story(t, story))
	ans, err := ask("What was the budget of Vera Drake?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("Vera Drake: answered %q; the story gives no sum for its budget", ans.Answer)
	}
	ans, err = ask("What was the budget of The Aviator?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "$110m") {
		t.Errorf("Aviator: found %v %q; want $110m", ans.Found, ans.Answer)
	}
}

// TestAsk_WhatIsAThing: "What is an annuity?" asks what such a thing is,
// though an annuity is a sum of money: the fact that says what it is
// answers, with no figure.
func TestAsk_WhatIsAThing(t *testing.T) {
	story := deskStory("pensions-2004", "Pension costs rise", "2004-12-06", "Business Desk", nil,
		deskFact("annuity", "An annuity is a policy which pays out an income until death.", ""),
		deskFact("schemes", "Under money purchase schemes, employees pay into a fund which is used to buy an annuity on retirement.", ""),
	)
	ask := asker(indextest.Story(t, story))
	ans, err := ask("What is an annuity?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "until death") {
		t.Errorf("found %v %q; want what an annuity is", ans.Found, ans.Answer)
	}
}

// TestAsk_WhatAsTheObject: in "What will sales of the song raise money
// for?" the word after "what" is an auxiliary: "what" is the verb's object
// and "sales", a measure, the subject; the question asks what the money is
// for, not how much, and the fact that says so answers it.
func TestAsk_WhatAsTheObject(t *testing.T) {
	story := deskStory("tsunami-song-2005", "Stars record tsunami song", "2005-02-08", "Arts Desk", []facts.Entity{
		{ID: "song", Name: "Across The Universe", Kind: "other", Title: "The Beatles song recorded as a tsunami tribute", Aliases: []string{"tribute song"}},
	},
		deskFact("fundraiser", "The Across The Universe recording will go on sale online to raise money for the tsunami aid effort.", "song"),
		deskFact("price", "Fans will be able to download the tsunami song for $0.99 from iTunes.", "song"),
	)
	ask := asker(indextest.Story(t, story))
	ans, err := ask("What will sales of the song raise money for?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "tsunami aid effort") {
		t.Errorf("found %v %q; want the tsunami aid effort", ans.Found, ans.Answer)
	}
}
