package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_LevelLeadsAChange: a fact that tells an amount's change gives
// several figures; a question of the amount is answered with the level it
// came to, not what it was nor by how much it changed; one of the change
// with the change; and of now, while the change is still to come, with what
// it is before. A figure before "up from" another is the level: "18% more
// likely in 2000, up from 6% in 1994".
func TestAsk_LevelLeadsAChange(t *testing.T) {
	colleges := deskFact("colleges", "The £500m move will increase the number of specialist sport colleges from 350 to 400.", "")
	colleges.Value, colleges.Unit = new(float64), "specialist sport colleges"
	*colleges.Value = 400
	ask := asker(besideBundled(t, deskStory("figures-2005", "Figures of the week", "2005-02-18", "Business Desk",
		[]facts.Entity{
			{ID: "eu", Name: "European Union", Kind: "organization", Aliases: []string{"EU"}},
			{ID: "ba", Name: "British Airways", Kind: "organization", Aliases: []string{"BA"}},
			{ID: "ambev", Name: "Ambev", Kind: "organization"},
			{ID: "india", Name: "India", Kind: "country"},
		},
		deskFact("members", "The EU grew from 15 to 25 member states in May.", "eu"),
		deskFact("turnover", "BA's turnover for the quarter rose 4.3% to £1.97bn.", "ba"),
		colleges,
		deskFact("defence", "India's defence budget has been raised 7.8% to 830bn rupees.", "india"),
		deskFact("share", "Ambev boosted its share of Brazil's beer market from 62% at the end of 2003 to more than 68% by December 2004.", "ambev"),
		deskFact("women", "Women were 18% more likely than men to enter higher education in 2000, up from 6% in 1994.", ""),
	)))
	leadsWith(t, ask, map[string]string{
		"How big is India's defence budget?":                                          "830bn rupees",
		"How many member states does the EU have now?":                                "25",
		"What was BA's turnover for the quarter?":                                     "£1.97bn",
		"By how much did BA's turnover rise?":                                         "4.3%",
		"How many specialist sport colleges are there now?":                           "350",
		"How many specialist sport colleges will there be?":                           "400",
		"What is Ambev's share of Brazil's beer market?":                              "More than 68%",
		"How much more likely were women than men to enter higher education in 2000?": "18%",
	})
}
