package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhatGrowthGivenByItsVerb: "What growth is forecast?" is answered by
// a fact that says the growth by its verb with a figure after it ("forecast
// to grow 2.1%"); the verb alone, with no figure, says only that it grows.
func TestAsk_WhatGrowthGivenByItsVerb(t *testing.T) {
	story := deskStory("ruritania-outlook-2005", "Ruritania growth outlook", "2005-01-12", "Business Desk",
		[]facts.Entity{
			{ID: "ruritania", Name: "Ruritania", Kind: "country"},
		},
		deskFact("slow", "Ruritania's economy is forecast to grow more slowly in 2005.", "ruritania"),
	)
	answersOnceTold(t, story, "What growth is forecast for Ruritania in 2005?",
		deskFact("rate", "Ruritania's economy is forecast to grow 2.1% in 2005.", "ruritania"), "2.1%")
}
