package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_MakerPastKindWords: "Who directed Vera Drake?" is answered by
// "Mike Leigh's film Vera Drake leads British hopes...": the words between
// the maker's name and the work's say only what kind of work it is. "U2's
// new album, How To Dismantle An Atomic Bomb" does not say who produced
// it: the comma makes the name an apposition, and "U2's" whose album.
func TestAsk_MakerPastKindWords(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("oscars-2005", "British hopes at the Oscars", "2005-01-26", "Arts Desk",
		[]facts.Entity{
			{ID: "leigh", Name: "Mike Leigh", Kind: "person", Title: "Film director", Aliases: []string{"Leigh"}},
			{ID: "vera-drake", Name: "Vera Drake", Kind: "other"},
			{ID: "u2", Name: "U2", Kind: "group"},
			{ID: "atomic-bomb", Name: "How To Dismantle An Atomic Bomb", Kind: "other"},
		},
		facts.Fact{ID: "three-nominations", Statement: "Mike Leigh's film Vera Drake leads British hopes at this year's Academy Awards with three nominations.",
			Subject: "vera-drake", Predicate: "leads", Source: "desk", Status: facts.StatusApproved},
		facts.Fact{ID: "new-album", Statement: "U2's new album, How To Dismantle An Atomic Bomb, comes 28 years after the schoolfriends got together in Dublin.",
			Subject: "atomic-bomb", Source: "desk", Status: facts.StatusApproved},
	)))
	ans, err := ask("Who directed Vera Drake?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Leigh") {
		t.Errorf("found %v %q; want Mike Leigh", ans.Found, ans.Answer)
	}
	if ans, err = ask("Who produced How To Dismantle An Atomic Bomb?", facts.AskOptions{}); err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the fact says whose album, not who produced it", ans.Answer)
	}
}
