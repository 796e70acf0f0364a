package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_NoUnknownNameOfAPlaceOrMonth: a question is refused as of a name
// the knowledge base lacks only for a name: not for a month ("since
// January"), nor for a place's people whose place the knowledge base holds
// by another name ("British" of "UK broadband users").
func TestAsk_NoUnknownNameOfAPlaceOrMonth(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("web-2005", "Broadband users create content", "2005-03-03", "Technology Desk",
		[]facts.Entity{{ID: "ofcom", Name: "Ofcom", Kind: "organization"}},
		deskFact("upload", "A fifth of UK broadband users regularly upload content, Ofcom says.", "ofcom"),
		deskFact("oil", "Oil prices have risen by 60% this year.", ""),
	)))
	for _, q := range []string{
		"What share of British broadband users regularly upload content?",
		"By how much have oil prices risen since January?",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(ans.Answer, `" is not in the knowledge base`) {
			t.Errorf("%q: %q; want no name taken for one the knowledge base lacks", q, ans.Answer)
		}
	}
}
