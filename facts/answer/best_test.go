package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// filmAwards names the winners of two categories, and a director only by
// what he directed.
func filmAwards() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "film-awards-2005", Title: "Critics name their winners", Date: "2005-01-10"},
		Sources: []facts.Source{{ID: "desk", Title: "Critics name their winners", Publisher: "Arts Desk", Published: "2005-01-10"}},
		Entities: []facts.Entity{
			{ID: "circle", Name: "Northern Critics Circle", Kind: "organization", Aliases: []string{"the critics"}},
			{ID: "harbour", Name: "The Harbour", Kind: "work"},
			{ID: "tide", Name: "Low Tide", Kind: "work"},
			{ID: "varga", Name: "Istvan Varga", Kind: "person", Title: "film director"},
		},
		Facts: []facts.Fact{
			{ID: "foreign", Statement: "The Harbour, directed by Istvan Varga, was named best foreign language film by the Northern Critics Circle.",
				Subject: "harbour", Source: "desk", Status: facts.StatusApproved},
			{ID: "film", Statement: "Low Tide won best film at the Northern Critics Circle awards.",
				Subject: "tide", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_AnotherBest: "was named best foreign language film" is another
// category than best director, though the fact holds "directed"; best
// picture is best film by another name.
func TestAsk_AnotherBest(t *testing.T) {
	answersWith(t, asker(indextest.Story(t, filmAwards())), map[string]string{
		"Who was named best director by the critics?": "",
		"Which film won best picture?":                "Low Tide",
	})
}

// TestAsk_AnotherOfTheYear: "won record of the year" is another of the
// year's awards than song of the year, though it holds "won" and "song"; a
// fact that names the category asked answers.
func TestAsk_AnotherOfTheYear(t *testing.T) {
	sf := deskStory("music-awards-2005", "Soul legend leads music awards", "2005-02-14", "Arts Desk",
		[]facts.Entity{
			{ID: "ray", Name: "Ray Charles", Kind: "person", Aliases: []string{"Charles"}},
			{ID: "mayer", Name: "John Mayer", Kind: "person", Aliases: []string{"Mayer"}},
		},
		deskFact("record", "Here We Go Again, Ray Charles's song with Norah Jones, won record of the year.", "ray"),
	)
	answersWith(t, asker(indextest.Story(t, sf)), map[string]string{
		"Who won song of the year?":   "",
		"Who won record of the year?": "Ray Charles",
	})
	sf.Facts = append(sf.Facts, deskFact("song", "John Mayer's Daughters won song of the year.", "mayer"))
	answersWith(t, asker(indextest.Story(t, sf)), map[string]string{
		"Who won song of the year?": "John Mayer",
	})
}
