package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_DoerOfAnActSaidAsANoun: "after complaints from several Australian
// players" says who complained, the act said as a noun and its doer after
// "from"; "after complaints about the surface" says only that someone did.
func TestAsk_DoerOfAnActSaidAsANoun(t *testing.T) {
	for _, tt := range []struct {
		statement string
		found     bool
	}{
		{"Pollard said the surface had been made faster since last year's tournament after complaints from several Australian players.", true},
		{"Pollard said the surface had been made faster since last year's tournament after complaints about it.", false},
	} {
		ask := asker(besideBundled(t, deskStory("open-2005", "Australian Open surface sped up", "2005-01-10", "Sport Desk",
			[]facts.Entity{{ID: "pollard", Name: "Geoff Pollard", Kind: "person", Aliases: []string{"Pollard"}}},
			deskFact("sped-up", tt.statement, "pollard"),
		)))
		ans, err := ask("Who complained about the surface last year?", facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != tt.found || tt.found && !strings.Contains(ans.Answer, "Australian players") {
			t.Errorf("%q: found %v %q; want found %v", tt.statement, ans.Found, ans.Answer, tt.found)
		}
	}
}

// TestAsk_DoersNamedByAPlural: "criticism from environmental groups" says who
// criticised, though WordNet files a group under no kind of person or body.
func TestAsk_DoersNamedByAPlural(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("dams-2005", "China halts dam projects", "2005-01-20", "Business Desk",
		[]facts.Entity{{ID: "sepa", Name: "State Environmental Protection Agency", Kind: "organization", Aliases: []string{"Sepa"}}},
		deskFact("criticism", "The relocations drew criticism from environmental groups and human rights activists overseas.", ""),
		deskFact("halt", "Sepa ordered work on 30 projects to halt.", "sepa"),
	)))
	answersWith(t, ask, map[string]string{"Who criticised the relocations?": "environmental groups"})
}
