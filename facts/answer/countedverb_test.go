package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_CountedNounEndsAtItsVerb: the figure in "The two countries
// exchanged prisoners" counts countries: a verb after the noun counted, with
// what it acts on after it, ends what the figure may count, so "How many
// prisoners...?" is not answered with "two"; a participle that qualifies the
// noun ("36 people accused in connection with the blasts") and a hyphened
// word ("ready-mixed") do not end it.
func TestAsk_CountedNounEndsAtItsVerb(t *testing.T) {
	story := deskStory("prisoners-2004", "Egypt and Israel swap prisoners", "2004-12-14", "Foreign Desk",
		[]facts.Entity{
			{ID: "egypt", Name: "Egypt", Kind: "country"},
			{ID: "israel", Name: "Israel", Kind: "country"},
			{ID: "aggregate", Name: "Aggregate Industries", Kind: "organization", Aliases: []string{"Aggregate"}},
		},
		deskFact("exchange", "Egypt and Israel said the two countries exchanged prisoners earlier this month.", "egypt"),
		deskFact("accused", "36 people accused in connection with the blasts said the film should not be screened.", ""),
		deskFact("plants", "Aggregate has 164 ready-mixed concrete plants.", "aggregate"),
	)
	answersWith(t, asker(besideBundled(t, story)), map[string]string{
		"How many prisoners did Egypt and Israel exchange?":         "",
		"How many accused objected to the screening of the film?":   "36",
		"How many ready-mixed concrete plants does Aggregate have?": "164",
	})
}
