package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_DeniedActionGivesNoFigure: a fact that says the survey did not
// interview teenagers tells of no interviewing, so gives no figure of it:
// "How many people did the survey interview?" is not answered with the
// millions of under-18s it left out. (The story sits beside the bundled one,
// so the words weigh as in a real knowledge base.)
func TestAsk_DeniedActionGivesNoFigure(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../testdata/mp3-survey-2005.yaml"))
	ans, err := ask("How many people did the survey interview?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; no fact says how many people the survey interviewed", ans.Answer)
	}
}

// TestAsk_DenialEndsAtBut: "was not crucified but married Mary Magdalene"
// denies the crucifixion, not the marriage: "Who did Jesus marry?" is
// answered by it.
func TestAsk_DenialEndsAtBut(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("novel-2004", "Bishop attacks novel", "2004-12-20", "Arts Desk",
		[]facts.Entity{
			{ID: "jesus", Name: "Jesus", Kind: "person"},
			{ID: "mary", Name: "Mary Magdalene", Kind: "person"},
			{ID: "novel", Name: "The Da Vinci Code", Kind: "other", Aliases: []string{"the novel"}},
		},
		deskFact("claims", "The Da Vinci Code claims Jesus was not crucified but married Mary Magdalene and died a normal death.", "novel"),
		deskFact("sales", "The novel has sold millions of copies around the world.", "novel"),
	)))
	ans, err := ask("Who did Jesus marry, according to the novel?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "novel-2004/claims" {
		t.Errorf("found %v %q; want the fact that he married Mary Magdalene", ans.Found, ans.Answer)
	}
}
