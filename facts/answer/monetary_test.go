package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PriceIsASum: "What price did the shares fall to?" asks a sum of
// money, which a fact giving only the fall in per cent does not give; a
// fact that gives the price answers.
func TestAsk_PriceIsASum(t *testing.T) {
	story := func(withPrice bool) *facts.StoryFile {
		f := &facts.StoryFile{
			Story:    facts.Story{ID: "ebay-2005", Title: "eBay shares fall", Date: "2005-01-20"},
			Sources:  []facts.Source{{ID: "desk", Title: "eBay", Publisher: "Business Desk", Published: "2005-01-20"}},
			Entities: []facts.Entity{{ID: "ebay", Name: "eBay", Kind: "organization"}},
			Facts: []facts.Fact{
				{ID: "fall", Statement: "Shares in eBay fell 9.8% in after-hours trading on Wednesday.", Subject: "ebay", Source: "desk", Status: facts.StatusApproved},
				{ID: "users", Statement: "eBay has 135 million registered users.", Subject: "ebay", Source: "desk", Status: facts.StatusApproved},
			},
		}
		if withPrice {
			f.Facts = append(f.Facts, facts.Fact{ID: "price", Statement: "The eBay share price fell to $92.90 after the results.", Subject: "ebay", Source: "desk", Status: facts.StatusApproved})
		}
		return f
	}
	const q = "What price did the shares fall to?"
	ans, err := asker(besideBundled(t, story(false)))(q, facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story gives no price", ans.Answer)
	}
	ans, err = asker(besideBundled(t, story(true)))(q, facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "$92.90") {
		t.Errorf("found %v %q; want the price, $92.90", ans.Found, ans.Answer)
	}
}
