package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_FormerTitleIsPast: "former England captain" Brian Moore once
// captained England: he answers "Who captained England?", not "Who will
// captain England against Scotland?", which a fact about his opinion of the
// games does not tell. After "will", "captain" is a verb, not the role that
// would name him.
func TestAsk_FormerTitleIsPast(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("moore-2005", "Moore urges England to experiment", "2005-03-07", "Sport Desk",
		[]facts.Entity{
			{ID: "moore", Name: "Brian Moore", Kind: "person", Title: "former England captain", Aliases: []string{"Moore"}},
			{ID: "england", Name: "England", Kind: "organization"},
		},
		deskFact("experiment", "Moore thinks England's last two games, against Italy and Scotland, are a good chance to experiment further.", "moore"),
	)))
	for q, want := range map[string]string{
		"Who will captain England against Scotland?": "",
		"Who captained England?":                     "Moore",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != (want != "") || want != "" && !strings.Contains(ans.Answer+ans.Facts[0].Statement, want) {
			t.Errorf("%q: found %v %q; want %q", q, ans.Found, ans.Answer, want)
		}
	}
}
