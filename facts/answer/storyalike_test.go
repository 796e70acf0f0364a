package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_QuestionOpenBetweenStories: "Who came third?" names nothing, and
// two stories each say who came third: the question could be about either,
// and answering from one is a guess. A word only one story holds ("in the
// poll") says which; a follow-up that retells the first story's fact in
// much the same words leaves no doubt either.
func TestAsk_QuestionOpenBetweenStories(t *testing.T) {
	celebrity := deskStory("celebrity-2004", "Joe Pasquale wins I'm A Celebrity", "2004-12-06", "Entertainment Desk",
		[]facts.Entity{{ID: "cosgrave", Name: "Fran Cosgrave", Kind: "person", Aliases: []string{"Cosgrave"}}},
		deskFact("cosgrave-third", "Nightclub owner Fran Cosgrave came third.", "cosgrave"),
	)
	poll := deskStory("scottish-albums-2005", "Belle & Sebastian top Scottish album poll", "2005-02-01", "Entertainment Desk",
		[]facts.Entity{
			{ID: "travis", Name: "Travis", Kind: "group"},
			{ID: "idlewild", Name: "Idlewild", Kind: "group"},
		},
		deskFact("travis-idlewild", "Travis came second and Idlewild third in the poll, behind Belle & Sebastian.", "travis"),
	)
	followUp := deskStory("celebrity-final-2004", "I'm A Celebrity final", "2004-12-07", "Entertainment Desk",
		[]facts.Entity{{ID: "fran-cosgrave", Name: "Fran Cosgrave", Kind: "person"}},
		deskFact("third", "Fran Cosgrave, the nightclub owner, came third.", "fran-cosgrave"),
	)
	answersWith(t, asker(besideBundled(t, celebrity, poll)), map[string]string{
		"Who came third?":             "",
		"Who came third in the poll?": "Idlewild",
	})
	ans, err := asker(besideBundled(t, celebrity, poll))("Who came third?", facts.AskOptions{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	if !explainSays(ans.Explain, "NO: the question names nothing, and scottish-albums-2005/travis-idlewild, of another story") {
		t.Errorf("explanation %v, want the fact of the other story that leaves the question open", ans.Explain)
	}
	answersWith(t, asker(besideBundled(t, celebrity, followUp)), map[string]string{
		"Who came third?": "Cosgrave",
	})
	answersWith(t, asker(besideBundled(t, celebrity)), map[string]string{
		"Who came third?": "Cosgrave",
	})
}

// explainSays reports whether a line of the explanation begins with prefix.
func explainSays(e *facts.Explanation, prefix string) bool {
	if e == nil {
		return false
	}
	if strings.HasPrefix(e.Message, prefix) {
		return true
	}
	for _, c := range e.Children {
		if explainSays(c, prefix) {
			return true
		}
	}
	return false
}
