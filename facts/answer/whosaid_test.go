package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhoSaidWithoutQuote: "Who said the plot was laughable?" is
// answered by a fact that reports it, unquoted, of someone the curator made
// its subject ("A clergyman has said the plot ... is laughable"), or its
// speaker.
func TestAsk_WhoSaidWithoutQuote(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("plot-2004", "Bishop attacks novel", "2004-12-20", "Arts Desk",
		[]facts.Entity{
			{ID: "wright", Name: "Tom Wright", Kind: "person", Title: "Bishop of Durham", Aliases: []string{"Wright"}},
			{ID: "novel", Name: "The Da Vinci Code", Kind: "other"},
		},
		facts.Fact{ID: "laughable", Statement: "A clergyman has said the plot of an international bestseller is laughable.",
			Subject: "wright", Object: "novel", Source: "desk", Status: facts.StatusApproved},
		facts.Fact{ID: "research", Statement: "The bishop said the novel's history was badly researched.",
			Speaker: "wright", Source: "desk", Status: facts.StatusApproved},
		deskFact("sales", "The Da Vinci Code has sold millions of copies.", "novel"),
	)))
	ans, err := ask("Who said the plot was laughable?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "plot-2004/laughable" {
		t.Errorf("found %v %q; want the clergyman's remark", ans.Found, ans.Answer)
	}
	ans, err = ask("Who said the history was badly researched?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "plot-2004/research" {
		t.Errorf("found %v %q; want the bishop's remark, its speaker recorded", ans.Found, ans.Answer)
	}
}
