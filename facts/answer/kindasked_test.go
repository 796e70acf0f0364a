package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhatKindOfThingIsIt: "What kind of company is Parmalat?" asks what
// Parmalat is, which its recorded title says ("Italian dairy company"), not
// a fact that names the company in passing; a thing with no title is left
// to the facts that say what it is.
func TestAsk_WhatKindOfThingIsIt(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("parmalat-2005", "Parmalat to return to market", "2005-03-01", "Business Desk",
		[]facts.Entity{
			{ID: "parmalat", Name: "Parmalat", Kind: "organization", Title: "Italian dairy company"},
			{ID: "bondi", Name: "Enrico Bondi", Kind: "person", Title: "Parmalat administrator", Aliases: []string{"Bondi"}},
			{ID: "togo", Name: "Napster to Go", Kind: "other"},
		},
		deskFact("creditors", "Creditors of Parmalat, the main operating company, are likely to see the share of their debt they get back fall.", "parmalat"),
		deskFact("banks", "Bondi claims the banks knew about the problems but carried on working with the company.", "bondi"),
		deskFact("togo", "Napster is due to launch its new rental subscription service, Napster to Go, in the UK.", "togo"),
	)))
	answersWith(t, ask, map[string]string{
		"What kind of company is Parmalat?":      "Italian dairy company",
		"What kind of service is Napster to Go?": "rental subscription",
	})
}
