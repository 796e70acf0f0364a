package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_ChatContraction: "whats" typed in chat is "what's", not a word the
// facts lack: the question is answered as it is with the apostrophe.
func TestAsk_ChatContraction(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("metroid-2005", "Nintendo shows DS games", "2005-01-10", "Tech Desk",
		[]facts.Entity{
			{ID: "metroid", Name: "Metroid Prime Hunters", Kind: "other", Aliases: []string{"Metroid"}},
			{ID: "nintendo", Name: "Nintendo", Kind: "organization"},
		},
		deskFact("stylus", "In Metroid Hunters players aim with the supplied stylus; the bottom screen shows a map of the level.", "metroid"),
		deskFact("launch", "Nintendo will launch the DS in Europe on 11 March.", "nintendo"),
	)))
	for _, q := range []string{"What's the bottom screen for in Metroid?", "whats the bottom screen for in metroid"} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.Contains(ans.Answer, "map") {
			t.Errorf("%q: found %v %q; want the fact about the bottom screen", q, ans.Found, ans.Answer)
		}
	}
}

// TestAsk_ContractedIdentity: "Who's the England coach?" and "whos the
// england coach" ask who someone is, as "Who is the England coach?" does,
// and get its answer, from the record of the person the curator titled so,
// not a fact that happens to name him.
func TestAsk_ContractedIdentity(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("england-2004", "Robinson names squad", "2004-11-10", "Sport Desk",
		[]facts.Entity{
			{ID: "robinson", Name: "Andy Robinson", Kind: "person", Title: "England coach", Aliases: []string{"Robinson", "England coach"}},
		},
		deskFact("analyse", "Andy Robinson has asked former referees to analyse several decisions.", "robinson"),
		deskFact("youngsters", "Andy Robinson has given young players a chance.", "robinson"),
	)))
	full, err := ask("Who is the England coach?", facts.AskOptions{})
	if err != nil || !full.Found || !strings.HasPrefix(full.Answer, "Andy Robinson: England coach") {
		t.Fatalf("Who is the England coach? %v %q", err, full.Answer)
	}
	for _, q := range []string{"Who's the England coach?", "whos the england coach"} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Answer != full.Answer {
			t.Errorf("%q answered %q; want %q, as without the contraction", q, ans.Answer, full.Answer)
		}
	}
}

// TestAsk_LetterForAWord: a lone letter typed for a word in chat ("r" for
// "are", "v" for "versus"), which no fact holds, counts against no fact:
// "how many other world leaders r expected besides blair?" is answered as
// it is with "are".
func TestAsk_LetterForAWord(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("davos-2005", "Leaders gather in Davos", "2005-01-26", "Business Desk",
		[]facts.Entity{{ID: "blair", Name: "Tony Blair", Kind: "person", Aliases: []string{"Blair", "Mr Blair"}}},
		deskFact("leaders", "Aside from Mr Blair, more than 20 other world leaders are expected to attend.", "blair"),
		deskFact("speech", "Mr Blair will give the opening speech on Wednesday.", "blair"),
	)))
	answersWith(t, ask, map[string]string{
		"how many other world leaders are expected besides blair?": "20",
		"how many other world leaders r expected besides blair?":   "20",
	})
}
