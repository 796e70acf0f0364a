package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_NameWithItsArticleInAnotherStory: "The Tories" opening a fact is
// its story's Tories, though another story records "the Tories" with its
// article for its own entity: the article makes no other name, so the fact
// is about both, and answers a question about the Conservatives of its own
// story.
func TestAsk_NameWithItsArticleInAnotherStory(t *testing.T) {
	older := deskStory("howard-speech", "Howard's speech", "2005-01-10", "Politics Desk",
		[]facts.Entity{{ID: "p014-conservatives", Name: "Conservative Party", Kind: "organization", Aliases: []string{"the Tories"}}},
		deskFact("speech", "Michael Howard addressed the Conservative Party conference.", "p014-conservatives"),
	)
	idCards := deskStory("id-cards", "Tories back ID cards", "2005-01-20", "Politics Desk",
		[]facts.Entity{
			{ID: "p049-tories", Name: "Conservatives", Kind: "organization", Aliases: []string{"Tories", "the Conservatives"}},
			{ID: "p049-police", Name: "police", Kind: "organization"},
		},
		deskFact("reason", "The Tories decided to support the plans as the police said ID cards would help fight terror and crime.", "p049-police"),
	)
	ans, err := asker(indextest.Story(t, older, idCards))("Why did the Conservatives decide to back ID cards?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "id-cards/reason" {
		t.Errorf("found %v %q; want id-cards/reason", ans.Found, ans.Answer)
	}
}
