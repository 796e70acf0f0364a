package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_CountAddedToOthers: "a further 300 films" and "two more A350s"
// are counted on top of others, and do not say how many in all; the whole
// answers when a fact gives it. "By another 10,000 vehicles" is the size of
// the cut asked, and answers.
func TestAsk_CountAddedToOthers(t *testing.T) {
	sf := deskStory("berlin-festival-2005", "Berlin festival opens", "2005-02-10", "Arts Desk",
		[]facts.Entity{
			{ID: "festival", Name: "Berlin Film Festival", Kind: "event", Aliases: []string{"the festival"}},
			{ID: "airline", Name: "Air Europa", Kind: "organization"},
			{ID: "ford", Name: "Ford", Kind: "organization"},
		},
		deskFact("market", "A further 300 films will be shown at the film market that runs alongside the festival.", "festival"),
		deskFact("option", "Air Europa has the option to buy two more A350s.", "airline"),
		deskFact("cut", "Ford will cut its first-quarter production by another 10,000 vehicles.", "ford"),
	)
	answersWith(t, asker(indextest.Story(t, sf)), map[string]string{
		"How many films will be shown at the festival?":          "",
		"How many A350s is Air Europa buying?":                   "",
		"How many vehicles is Ford cutting from its production?": "10,000",
	})
	sf.Facts = append(sf.Facts, deskFact("screened", "Some 350 films will be shown at this year's festival.", "festival"))
	answersWith(t, asker(indextest.Story(t, sf)), map[string]string{
		"How many films will be shown at the festival?": "350",
	})
}
