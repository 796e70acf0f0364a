package index_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
)

// TestRespell: a slip of one letter is read as the word meant, the knowledge
// base's own word first, else a common English word; a form of a word WordNet
// lists only by its base is no slip, and a short word has too many
// neighbours to pick one.
func TestRespell(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "s", Title: "T", Date: "2024-01-02"},
		Sources: []facts.Source{{ID: "w", Title: "Wire"}},
		Facts: []facts.Fact{
			{ID: "f", Statement: "German politicians questioned the credibility of the bid.", Source: "w"},
			{ID: "g", Statement: "The government will cover the cost.", Source: "w"},
		},
	}
	ix, _ := index.FromStories([]*facts.StoryFile{sf})
	for word, want := range map[string]string{
		"credibilty": "credibility", // the knowledge base's word
		"politicans": "politicians",
		"importnat":  "important",  // two letters swapped, a common English word
		"dificult":   "difficult",  // a letter left out
		"goverment":  "government", // a word as written, not "governent", which stems as it does
		"largest":    "",           // a form of "large", not a slip of "largess"
		"harder":     "",           // nor "harden"
		"login":      "",           // "logan" is too rare to be meant
		"dont":       "",           // too short
	} {
		if got := ix.Respell(word); got != want {
			t.Errorf("Respell(%q) = %q, want %q", word, got, want)
		}
	}
}

// TestWritten: a word as written is one WordNet lists or a form of one by
// its rules; a slip whose stem English knows is not ("goverment" stems as
// "governess" does).
func TestWritten(t *testing.T) {
	for word, want := range map[string]bool{"government": true, "regarded": true, "largest": true, "goverment": false, "governent": false} {
		if got := index.Written(word); got != want {
			t.Errorf("Written(%q) = %v, want %v", word, got, want)
		}
	}
}
