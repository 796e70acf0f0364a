package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhoMadeIt: "Who published the survey?" is answered by "A
// PricewaterhouseCoopers survey said...", and "Who wrote the report?" by "a
// report by analysts Screen Digest": the maker's name beside the thing says
// who made it. A verb of another act ("criticised") is not said so.
func TestAsk_WhoMadeIt(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("davos-2005", "Davos opens", "2005-01-26", "Business Desk",
		[]facts.Entity{
			{ID: "pwc", Name: "PricewaterhouseCoopers", Kind: "organization", Aliases: []string{"PwC"}},
			{ID: "screen-digest", Name: "Screen Digest", Kind: "organization"},
		},
		deskFact("survey", "A PricewaterhouseCoopers survey said four in ten business leaders were very confident.", "pwc"),
		deskFact("market", "The UK games market was worth a record £1,152m in 2003, according to a report by analysts Screen Digest.", ""),
	)))
	for _, tc := range []struct{ q, want string }{
		{"Who published the survey of business leaders?", "PricewaterhouseCoopers"},
		{"Who wrote the report on the UK games market?", "Screen Digest"},
		{"Who criticised the survey of business leaders?", ""},
	} {
		ans, err := ask(tc.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if tc.want == "" && ans.Found || tc.want != "" && (!ans.Found || !strings.Contains(ans.Answer, tc.want)) {
			t.Errorf("%q: answered %q (found %v); want %q", tc.q, ans.Answer, ans.Found, tc.want)
		}
	}
}
