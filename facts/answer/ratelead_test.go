package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_RateLeads: a sum or count said per stretch of time leads with it
// ("£5 a week", not "£5"), a frequency with its "every"; and "How often...?"
// leads with the frequency ("every five and a half months"), not another
// stretch of time the fact gives ("over the last 18 months"); a question of
// a rate by the year ("yearly") leads with the yearly one.
func TestAsk_RateLeads(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("rates-2005", "Figures of the week", "2005-03-17", "Business Desk",
		[]facts.Entity{
			{ID: "wanadoo", Name: "Wanadoo", Kind: "organization"},
			{ID: "booker", Name: "international Booker prize", Kind: "event", Aliases: []string{"international Booker"}},
			{ID: "technorati", Name: "Technorati", Kind: "organization"},
		},
		deskFact("cost", "Wanadoo's phone service will cost an extra £4 a month.", "wanadoo"),
		deskFact("booker", "The international Booker will be given once every two years.", "booker"),
		deskFact("blogs", "Technorati says the blogosphere has doubled in size every five and a half months over the last 18 months.", "technorati"),
		deskFact("wippit", "Wippit's download subscription costs £4.99 a month or £50 a year.", ""),
	)))
	leadsWith(t, ask, map[string]string{
		"How much will Wanadoo's phone service cost?":       "£4 a month.",
		"How often will the international Booker be given?": "Every two years.",
		"What is Wippit's yearly subscription price?":       "£50 a year.",
		"How often is the blogosphere doubling?":            "Every five and a half months.",
	})
}
