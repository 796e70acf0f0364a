package index_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// TestAlternatives_SynonymFromTheFactsSide: a fact's word whose main sense
// WordNet gives the question's word as a synonym is an alternative, though the
// question's word lists it among senses too rare to keep ("suit" is clothing
// first; "lawsuit" is a suit first), and counts for less than a synonym of
// the question's word's own main sense.
func TestAlternatives_SynonymFromTheFactsSide(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "s", Title: "T", Date: "2024-01-02"},
		Sources: []facts.Source{{ID: "w", Title: "Wire"}},
		Facts:   []facts.Fact{{ID: "f", Statement: "The port faces a lawsuit over unpaid wages.", Source: "w"}},
	}
	ix, _ := index.FromStories([]*facts.StoryFile{sf})
	var got *index.Alt
	for _, a := range ix.Alternatives(text.Stem("suit")) {
		if a.Stem == text.Stem("lawsuit") {
			got = &a
		}
	}
	if got == nil || got.Weight >= 0.85 || got.Weight < 0.5 {
		t.Errorf("alternatives of suit hold lawsuit as %+v; want it, weighing less than a main-sense synonym", got)
	}
}
