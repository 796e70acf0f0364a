package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhatItIsAbout: "What is the movie Black Friday about?" is answered
// by the fact that says what the film is about, though every fact about
// the film holds the question's names.
func TestAsk_WhatItIsAbout(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("black-friday-2005", "Film release postponed", "2005-01-28", "Arts Desk",
		[]facts.Entity{{ID: "black-friday", Name: "Black Friday", Kind: "other", Aliases: []string{"the film", "the movie"}}},
		deskFact("delayed", "Black Friday's release has been delayed until 3 February by the Mumbai High Court.", "black-friday"),
		deskFact("premise", "Black Friday, a film about the 1993 Mumbai blasts, was made by Anurag Kashyap.", "black-friday"),
		deskFact("book", "Black Friday is based on a book by journalist Hussain Zaidi.", "black-friday"),
	)))
	ans, err := ask("What is the movie Black Friday about?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Mumbai blasts") {
		t.Errorf("found %v %q; want the film about the Mumbai blasts", ans.Found, ans.Answer)
	}
}
