package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_ShareInWords: "What share of...?" is answered by a share written
// in words ("almost three quarters of", "around a quarter of", "one in
// 13"), as by a percentage; a figure for a year ("rose to 310 in 2004") is
// no share.
func TestAsk_ShareInWords(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("xbox-recall-2005", "Xbox power cables recalled", "2005-02-16", "Technology Desk",
		[]facts.Entity{{ID: "microsoft", Name: "Microsoft", Kind: "organization"}},
		deskFact("affected", "The recall affects almost three quarters of all Xboxes sold worldwide.", "microsoft"),
		deskFact("dancers", "Around a quarter of the ballet company's dancers are from the UK.", ""),
		deskFact("films", "The number of Japanese films released rose to 310 in 2004.", ""),
		deskFact("truants", "Serial truants make up one in 13 pupils.", ""),
	)))
	for _, tc := range []struct{ q, want string }{
		{"What share of Xboxes sold is affected?", "three quarters"},
		{"What proportion of the ballet company's dancers are from the UK?", "a quarter"},
		{"What share of films released were Japanese?", ""},
		{"What proportion of pupils are serial truants?", "one in 13"}, // "one", a pronoun alone, counts here
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

// TestAsk_CountedByTheirName: "How many Americans own an MP3 player?" counts
// Americans, whom the knowledge base links to the US: the answer leads with
// the figure of them ("one in five Americans"), not with "under 30", a
// figure beside the question's verb.
func TestAsk_CountedByTheirName(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("mp3-2005", "MP3 players catch on", "2005-03-01", "Technology Desk",
		[]facts.Entity{{ID: "us", Name: "United States", Kind: "country", Aliases: []string{"US", "Americans"}}},
		deskFact("young", "Almost one in five Americans under 30 own an MP3 player.", "us"),
	)))
	ans, err := ask("How many Americans own an MP3 player?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "Almost one in five Americans.") {
		t.Errorf("answered %q (found %v); want it to lead with one in five Americans", ans.Answer, ans.Found)
	}
}

// TestAsk_ShareIsNoAmount: "half of the money the government set aside" gives
// a share of the sum, not the sum "How much...?" asks; asked what share, it
// answers.
func TestAsk_ShareIsNoAmount(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("subsidy-2005", "Subsidies miss the poor", "2005-01-04", "Business Desk",
		[]facts.Entity{{ID: "colombia", Name: "Colombia", Kind: "country"}},
		deskFact("half", "A study found that half of the money Colombia set aside for subsidies goes to people who do not need it.", "colombia"),
	)))
	answersWith(t, ask, map[string]string{
		"How much has Colombia set aside for subsidies?":                            "",
		"What share of Colombia's subsidy money goes to people who do not need it?": "half",
	})
}

// TestAsk_HowMuchOfAWhole: "How much of its revenue did Yahoo lose?" asks
// a part of a whole, which a fraction gives ("one-third of its revenue"),
// as it gives "What share...?"; "How much has Colombia set aside?" asks an
// amount, which it does not.
func TestAsk_HowMuchOfAWhole(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("yahoo-2005", "Yahoo's recovery", "2005-01-20", "Tech Desk",
		[]facts.Entity{{ID: "yahoo", Name: "Yahoo", Kind: "organization"}},
		deskFact("lost", "When the dot-com bubble burst, Yahoo lost one-third of its revenue in a single year.", "yahoo"),
	)))
	answersWith(t, ask, map[string]string{"How much of its revenue did Yahoo lose when the bubble burst?": "one-third"})
}

// TestAsk_HowManyDoersByShare: "How many said tax was crucial?" counts
// those who said it, naming no one, and a share of people counts them:
// "a crucial area for 25%".
func TestAsk_HowManyDoersByShare(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("poll-2005", "What voters care about", "2005-01-31", "Politics Desk", nil,
		deskFact("tax", "In the poll, tax was a crucial area for 25%.", ""),
	)))
	answersWith(t, ask, map[string]string{"How many said tax was crucial?": "25%"})
}
