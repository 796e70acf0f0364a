package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_TitleReadAsAFact: a question no fact answers is answered by the
// recorded title of a thing it names when that title, read as a fact, wins
// the same ranking and decision: "Who directed American Beauty?" by "1999
// film directed by Sam Mendes"; the answer cites the facts about the film,
// and --explain says the title answered. A title that does not hold what is
// asked answers nothing ("Who produced American Beauty?").
func TestAsk_TitleReadAsAFact(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("bening-2005", "Bening makes awards breakthrough", "2005-02-22", "Arts Desk",
		[]facts.Entity{
			{ID: "beauty", Name: "American Beauty", Kind: "other", Title: "1999 film directed by Sam Mendes"},
			{ID: "bening", Name: "Annette Bening", Kind: "person", Title: "actress", Aliases: []string{"Bening"}},
		},
		deskFact("buzz", "Her role as Carolyn Burnham in 1999's American Beauty caused one of the biggest Oscar buzzes of recent years.", "bening"),
		deskFact("bafta", "For American Beauty she had to settle for a Bafta award.", "bening"),
	)))
	ans, err := ask("Who directed American Beauty?", facts.AskOptions{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Sam Mendes") || len(ans.Facts) == 0 {
		t.Fatalf("found %v %q with %d facts; want the film's title, naming Sam Mendes, and its facts", ans.Found, ans.Answer, len(ans.Facts))
	}
	if !strings.Contains(ans.Explain.String(), "recorded title, read as a fact") {
		t.Errorf("explanation does not say the title answered:\n%s", ans.Explain.String())
	}
	answersWith(t, ask, map[string]string{"Who produced American Beauty?": ""})
	// A title opening with a figure is given as a label: "is 1999 film"
	// lacks the article English would want.
	answersWith(t, ask, map[string]string{"What is American Beauty?": "American Beauty: 1999 film directed by Sam Mendes."})
}

// notFromTitle asks q and checks its answer is not the recorded title of
// the one named (name: "Graham Cluley"), which says nothing of what q asks.
func notFromTitle(t *testing.T, ask askFunc, q, name string) {
	t.Helper()
	ans, err := ask(q, facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(ans.Answer, name+":") || strings.HasPrefix(ans.Answer, name+" is ") {
		t.Errorf("%q: answered %q from %s's title, which does not say it", q, ans.Answer, name)
	}
}
