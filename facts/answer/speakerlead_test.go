package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhoLeadsWithTheUnnamedSpeaker: a quote's statement may call its
// speaker by a role alone ("The manager said..."); only the quote's record
// says who, and the answer to "Who...?" leads with that name. When the words
// name another person, they are the answer, and the one whose words are
// reported (a columnist) is not put before them.
func TestAsk_WhoLeadsWithTheUnnamedSpeaker(t *testing.T) {
	quoted := func(id, statement, quote, speaker string) facts.Fact {
		f := deskFact(id, statement, "")
		f.Quote, f.Speaker = quote, speaker
		return f
	}
	story := deskStory("ireland-fixtures-2005", "Republic to face Italy", "2005-01-26", "Sport Desk",
		[]facts.Entity{
			{ID: "kerr", Name: "Brian Kerr", Kind: "person", Aliases: []string{"Kerr"}},
			{ID: "ireland", Name: "Republic of Ireland", Kind: "country", Aliases: []string{"Ireland"}},
			{ID: "odriscoll", Name: "Brian O'Driscoll", Kind: "person", Aliases: []string{"O'Driscoll"}},
			{ID: "columnist", Name: "Jeremy Guscott", Kind: "person", Aliases: []string{"Guscott"}},
			{ID: "rome", Name: "Rome", Kind: "place"},
		},
		quoted("italy-draw", "The manager of the Republic of Ireland said Italy's return to Dublin would be a huge draw.",
			"As for Italy, they make a welcome return to Dublin and will be a massive attraction.", "kerr"),
		quoted("star", "Brian O'Driscoll, the star of the victory in Rome, looks certain to start against New Zealand.",
			"He was the star of the victory in Rome.", "columnist"),
	)
	ask := asker(besideBundled(t, story))
	for q, want := range map[string]string{
		"Who manages the Republic of Ireland?": "Brian Kerr. ",
		"Who starred in the victory in Rome?":  "Brian O'Driscoll, the star",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.HasPrefix(ans.Answer, want) {
			t.Errorf("%q: found %v %q; want it to begin %q", q, ans.Found, ans.Answer, want)
		}
	}
}
