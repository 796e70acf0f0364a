package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PluralMeasureNounAsksWhich: "What costs do firms face...?" and
// "Over what distances can UWB stream data?" ask which costs and distances,
// of several kinds, not a sum or a figure: "heavy marketing costs" and "over
// short distances" answer them. "What is the cost...?" still asks a sum.
func TestAsk_PluralMeasureNounAsksWhich(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("mobile-2004", "Mobile content firms", "2004-12-01", "Tech Desk",
		[]facts.Entity{
			{ID: "flynn", Name: "Tom Flynn", Kind: "person"},
			{ID: "uwb", Name: "UWB", Kind: "other", Aliases: []string{"ultra wideband"}},
		},
		deskFact("portal", "Flynn said sellers not on an operator's portal face quite heavy marketing costs.", "flynn"),
		deskFact("distances", "UWB makes it possible to stream huge amounts of data through the air over short distances.", "uwb"),
	)))
	answersWith(t, ask, map[string]string{
		"What costs do firms face if they are not on an operator's portal?": "marketing costs",
		"Over what distances can UWB stream data?":                          "short distances",
		"What is the cost of marketing for sellers?":                        "",
	})
}
