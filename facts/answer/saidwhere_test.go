package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhereSaidIsNotWhatWasSaid: "Where did Knight make his comments?"
// asks where he spoke; the places in what he said ("growth came from the US
// and China") are not that. Asked where the growth came from, they are.
func TestAsk_WhereSaidIsNotWhatWasSaid(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("nike-2004", "Nike profits jump", "2004-12-21", "Business Desk",
		[]facts.Entity{
			{ID: "knight", Name: "Philip Knight", Kind: "person", Title: "chairman of Nike", Aliases: []string{"Knight"}},
			{ID: "nike", Name: "Nike", Kind: "organization"},
		},
		facts.Fact{ID: "growth", Statement: "Knight said much of the growth came from the US and emerging markets such as China, Russia and Turkey.",
			Speaker: "knight", Source: "desk", Status: facts.StatusApproved},
		deskFact("revenue", "Nike's revenues rose 11% to $3.1bn.", "nike"),
		facts.Fact{ID: "confident", Statement: "Knight said Nike was confident its strategy would deliver profitable growth.",
			Speaker: "knight", Source: "desk", Status: facts.StatusApproved},
	)))
	ans, err := ask("Where did Knight make his comments?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story does not say where Knight spoke", ans.Answer)
	}
	ans, err = ask("Where did much of the growth come from?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found {
		t.Errorf("not found; the growth came from the US and emerging markets")
	}
}
