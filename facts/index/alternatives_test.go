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

// TestAlternatives_Initials: WordNet's "GDP" and "gross domestic product"
// are one name written short and long: each is the other at full weight,
// not at a synonym's.
func TestAlternatives_Initials(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "s", Title: "T", Date: "2024-01-02"},
		Sources: []facts.Source{{ID: "w", Title: "Wire"}},
		Facts: []facts.Fact{
			{ID: "long", Statement: "Gross domestic product measures the value of goods produced.", Source: "w"},
			{ID: "short", Statement: "GDP fell by 0.1% in the quarter.", Source: "w"},
		},
	}
	ix, _ := index.FromStories([]*facts.StoryFile{sf})
	for word, other := range map[string]string{"gdp": "gross domestic product", "gross domestic product": "gdp"} {
		found := false
		for _, a := range ix.Alternatives(text.StemPhrase(word)) {
			if a.Stem == text.StemPhrase(other) {
				found = true
				if a.Weight != 1 {
					t.Errorf("%s holds %s at %.2f; want 1, the same name written short", word, other, a.Weight)
				}
			}
		}
		if !found {
			t.Errorf("%s does not hold %s", word, other)
		}
	}
}
