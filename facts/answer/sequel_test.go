package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_SequelByItsNumber: "How many copies has Halo 2 sold?" is not
// answered by "The original Halo ... sold more than four million copies",
// though the curator gave Halo 2 the alias "Halo"; a fact that names Halo 2
// answers it.
func TestAsk_SequelByItsNumber(t *testing.T) {
	story := func(sequel bool) *facts.StoryFile {
		f := deskStory("halo-2004", "Halo 2 sales break records", "2004-11-10", "Tech Desk",
			[]facts.Entity{{ID: "halo2", Name: "Halo 2", Kind: "other", Title: "Xbox game", Aliases: []string{"Halo"}}},
			deskFact("original", "The original Halo won universal acclaim in 2001 and sold more than four million copies.", "halo2"),
		)
		if sequel {
			f.Facts = append(f.Facts, deskFact("first-day", "Halo 2 sold 2.4 million copies on its first day.", "halo2"))
		}
		return f
	}
	ans, err := asker(besideBundled(t, story(false)))("How many copies has Halo 2 sold?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story gives the original Halo's sales only", ans.Answer)
	}
	ans, err = asker(besideBundled(t, story(true)))("How many copies has Halo 2 sold?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "2.4 million") {
		t.Errorf("found %v %q; want 2.4 million", ans.Found, ans.Answer)
	}
}
