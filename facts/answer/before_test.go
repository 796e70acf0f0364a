package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_FigureBeforeTheChange: "up from $179.1m in the same period a year
// earlier" gives what the profit was, not what it is: "How much profit did
// Nike make in the quarter?" is not answered by it, "How much profit did Nike
// make a year earlier?" is; "dropped from four US radio stations" counts the
// stations, no amount that changed.
func TestAsk_FigureBeforeTheChange(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("nike-2004", "Nike profits jump", "2004-12-21", "Business Desk",
		[]facts.Entity{
			{ID: "nike", Name: "Nike", Kind: "organization"},
			{ID: "stern", Name: "Howard Stern", Kind: "person", Aliases: []string{"Stern"}},
		},
		deskFact("profit-before", "Nike's quarterly profit was up from $179.1m in the same period a year earlier.", "nike"),
		deskFact("dropped", "Controversial DJ Howard Stern has been dropped from four US radio stations.", "stern"),
	)))
	answersWith(t, ask, map[string]string{
		"How much profit did Nike make in the quarter?": "",
		"How much profit did Nike make a year earlier?": "$179.1m",
		"How many radio stations dropped Howard Stern?": "four",
	})
}

// answersWith asks each question and checks its answer holds the words
// given, or that it is not answered when they are "".
func answersWith(t *testing.T, ask askFunc, want map[string]string) {
	t.Helper()
	for q, w := range want {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if w == "" && ans.Found || w != "" && (!ans.Found || !strings.Contains(ans.Answer, w)) {
			t.Errorf("%q: found %v %q; want %q", q, ans.Found, ans.Answer, w)
		}
	}
}

// answersOnceTold asks q of story, and again with told added to its facts:
// not answered before, answered with want after. A fact that does not say
// what q asks, then one that does.
func answersOnceTold(t *testing.T, story *facts.StoryFile, q string, told facts.Fact, want string) {
	t.Helper()
	answersWith(t, asker(besideBundled(t, story)), map[string]string{q: ""})
	story.Facts = append(story.Facts, told)
	answersWith(t, asker(besideBundled(t, story)), map[string]string{q: want})
}

// leadsWith asks each question and checks it is answered, its answer
// beginning with the words given: the lead, or the fact where no lead is
// wanted.
func leadsWith(t *testing.T, ask askFunc, want map[string]string) {
	t.Helper()
	for q, w := range want {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.HasPrefix(ans.Answer, w) {
			t.Errorf("%q: found %v %q; want it to begin %q", q, ans.Found, ans.Answer, w)
		}
	}
}

// TestAsk_GapIsNoTotal: "five points clear of Arsenal, nine points ahead of
// United" gives gaps: "How many points have United got?" is not answered by
// them, "How far ahead of Arsenal are Chelsea?" is; nor is "How many points
// do Everton have?" by "Liverpool's lead over Everton to four points"; "a
// season's best of 2.20m, 3cm short of the standard" still gives the height
// jumped.
func TestAsk_GapIsNoTotal(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("league-2005", "Chelsea stretch lead", "2005-01-03", "Sport Desk",
		[]facts.Entity{
			{ID: "chelsea", Name: "Chelsea", Kind: "organization"},
			{ID: "arsenal", Name: "Arsenal", Kind: "organization"},
			{ID: "united", Name: "Manchester United", Kind: "organization", Aliases: []string{"United"}},
			{ID: "mitchell", Name: "Robert Mitchell", Kind: "person", Aliases: []string{"Mitchell"}},
			{ID: "liverpool", Name: "Liverpool", Kind: "organization"},
			{ID: "everton", Name: "Everton", Kind: "organization"},
		},
		deskFact("gap", "Leaders Chelsea are a further five points clear of Arsenal, nine points ahead of United.", "chelsea"),
		deskFact("cut", "The defeat cut Liverpool's lead over Everton to four points.", "liverpool"),
		deskFact("jump", "Robert Mitchell won the British indoor high jump title with a season's best of 2.20m, 3cm short of the European standard.", "mitchell"),
	)))
	answersWith(t, ask, map[string]string{
		"How many points have Manchester United got?":   "",
		"How many points are Chelsea clear of Arsenal?": "five",
		"How high did Robert Mitchell jump?":            "2.20m",
		"How many points do Everton have?":              "",
		"What is Liverpool's lead over Everton?":        "four points",
	})
}
