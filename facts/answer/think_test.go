package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// bookPrize is a small story in which one judge, whom the curator made no
// entity, sits on a panel and says nothing, and another praises the book
// with a verb of telling.
func bookPrize() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "book-prize-2004", Title: "Science book wins prize", Date: "2004-12-09"},
		Sources: []facts.Source{{ID: "desk", Title: "Book prize", Publisher: "Arts Desk", Published: "2004-12-09"}},
		Entities: []facts.Entity{
			{ID: "armistead", Name: "Claire Armistead", Kind: "person", Aliases: []string{"Armistead"}},
			{ID: "leroi", Name: "Armand Leroi", Kind: "person", Aliases: []string{"Leroi"}},
		},
		Facts: []facts.Fact{
			{ID: "prize", Statement: "Armand Leroi won the £10,000 prize for his book Mutants.",
				Subject: "leroi", Source: "desk", Status: facts.StatusApproved},
			{ID: "panel", Statement: "The winner was picked from a shortlist of five by a panel including the novelist Hari Kunzru.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "praise", Statement: "Claire Armistead warmly praised the winning book's elegance and inquisitiveness.",
				Subject: "armistead", Source: "desk", Status: facts.StatusApproved},
			{ID: "sales", Statement: "The publisher is thinking of selling the book's film rights.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "booksellers", Statement: "Booksellers think the prize will lift sales of the book over Christmas.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "readers", Statement: "Most readers think a science book rarely wins a general prize.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "shortlist", Statement: "The shortlist held four other books, two of them novels.",
				Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_WhatDidTheyThink: "What did X think of Y?" asks what X said of it:
// a judge who only sat on the panel said nothing, and one who praised the
// book told what she thought. "Thinking of selling" is no opinion.
func TestAsk_WhatDidTheyThink(t *testing.T) {
	ask := asker(indextest.Story(t, bookPrize()))
	ans, err := ask("What did Hari Kunzru think of the winning book?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("Kunzru: answered %q; the story does not say what he thought", ans.Answer)
	}
	ans, err = ask("What did Armistead think of the winning book?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "praised") {
		t.Errorf("Armistead: found %v %q; want her praise", ans.Found, ans.Answer)
	}
	ans, err = ask("What is the publisher thinking of selling?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "film rights") {
		t.Errorf("thinking of: found %v %q; want the film rights", ans.Found, ans.Answer)
	}
}
