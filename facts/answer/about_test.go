package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhatItIsAbout: "What is the movie Black Friday about?" is answered
// by the fact that says what the film is about, though every fact about
// the film holds the question's names; --explain shows the word as it is.
func TestAsk_WhatItIsAbout(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("black-friday-2005", "Film release postponed", "2005-01-28", "Arts Desk",
		[]facts.Entity{{ID: "black-friday", Name: "Black Friday", Kind: "other", Aliases: []string{"the film", "the movie"}}},
		deskFact("delayed", "Black Friday's release has been delayed until 3 February by the Mumbai High Court.", "black-friday"),
		deskFact("premise", "Black Friday, a film about the 1993 Mumbai blasts, was made by Anurag Kashyap.", "black-friday"),
		deskFact("book", "Black Friday is based on a book by journalist Hussain Zaidi.", "black-friday"),
	)))
	ans, err := ask("What is the movie Black Friday about?", facts.AskOptions{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Mumbai blasts") {
		t.Errorf("found %v %q; want the film about the Mumbai blasts", ans.Found, ans.Answer)
	}
	// --explain shows the word as a curator reads it.
	shown := false
	for _, c := range ans.Explain.Children {
		if strings.HasPrefix(c.Message, `word "about"`) {
			shown = c.Message == `word "about" -> about`
		}
	}
	if !shown {
		t.Errorf("explanation %v, want the word \"about\" shown as itself", ans.Explain.Children)
	}
}
