package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// virtualIsland is a small story with several facts about one game, none of
// which says who makes it.
func virtualIsland() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "virtual-island-2004", Title: "Gamer buys virtual island", Date: "2004-12-14"},
		Sources: []facts.Source{{ID: "desk", Title: "Virtual island", Publisher: "Tech Desk", Published: "2004-12-14"}},
		Entities: []facts.Entity{
			{ID: "entropia", Name: "Project Entropia", Kind: "other", Aliases: []string{"Entropia"}},
			{ID: "players", Name: "players", Kind: "group"},
		},
		Facts: []facts.Fact{
			{ID: "island", Statement: "The island is in Project Entropia, a role-playing game in which thousands of players interact.",
				Subject: "entropia", Source: "desk", Status: facts.StatusApproved},
			{ID: "trade", Statement: "Project Entropia lets players buy and sell virtual items for real money.",
				Subject: "entropia", Source: "desk", Status: facts.StatusApproved},
			{ID: "dollars", Statement: "The Entropia economy lets players change real money into Project Entropia Dollars and back again.",
				Subject: "entropia", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_NoWordsButNames: "Who makes Project Entropia?" holds no word but
// the game's name ("make" says little), and every fact about the game holds
// that: none is an answer, though each names players.
func TestAsk_NoWordsButNames(t *testing.T) {
	ask := asker(indextest.Story(t, virtualIsland()))
	ans, err := ask("who makes project entropia", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; no fact says who makes the game", ans.Answer)
	}
}
