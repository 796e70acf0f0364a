package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_NameMisspeltByADoubledLetter: a name written with a doubled letter
// single ("Jamie Fox" for Jamie Foxx, "Hoffman" for Hoffmann), or a single
// one doubled ("Phillips" for Philips), is read as the name, though the
// misspelling is itself a word or a name; a name no doubled letter relates
// to one of the knowledge base ("Fax") is not.
func TestAsk_NameMisspeltByADoubledLetter(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("globes-2005", "Golden Globes", "2005-01-17", "Arts Desk",
		[]facts.Entity{
			{ID: "foxx", Name: "Jamie Foxx", Kind: "person", Aliases: []string{"Foxx"}},
			{ID: "hoffmann", Name: "Lord Hoffmann", Kind: "person", Aliases: []string{"Hoffmann"}},
			{ID: "philips", Name: "Anna Philips", Kind: "person", Aliases: []string{"Philips"}},
		},
		deskFact("nominations", "Jamie Foxx had three nominations but won only one award.", "foxx"),
		deskFact("threat", "Lord Hoffmann said the real threat to the nation came from laws such as these.", "hoffmann"),
		facts.Fact{ID: "triumph", Statement: "Anna Philips said the night was a triumph for British film.", Speaker: "philips", Source: "desk", Status: facts.StatusApproved},
	)))
	for q, want := range map[string]string{
		"How many nominations did Jamie Fox get?":                     "globes-2005/nominations",
		"According to Hoffman, where does the real threat come from?": "globes-2005/threat",
		"What did Anna Phillips say about the night?":                 "globes-2005/triumph",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || ans.Facts[0].ID != want {
			t.Errorf("%q: found %v %q; want %s", q, ans.Found, ans.Answer, want)
		}
	}
	ans, err := ask("How many nominations did Jamie Fax get?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: Fax is no misspelling of Foxx", ans.Answer)
	}
}

// TestAsk_NameSplitInTwo: a name the knowledge base writes as one word,
// split in two by the question ("Di Caprio" for DiCaprio), is read as the
// name.
func TestAsk_NameSplitInTwo(t *testing.T) {
	ans, err := asker(indextest.Story(t, deskStory("globes-2005", "Golden Globes", "2005-01-17", "Arts Desk",
		[]facts.Entity{
			{ID: "dicaprio", Name: "Leonardo DiCaprio", Kind: "person", Aliases: []string{"DiCaprio"}},
			{ID: "scorsese", Name: "Martin Scorsese", Kind: "person", Aliases: []string{"Scorsese"}},
		},
		facts.Fact{ID: "praise", Statement: "DiCaprio praised director Martin Scorsese.", Subject: "dicaprio", Object: "scorsese",
			Source: "desk", Status: facts.StatusApproved},
	)))("What did Di Caprio say about Scorsese?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "globes-2005/praise" {
		t.Errorf("found %v %q; want what DiCaprio said of Scorsese", ans.Found, ans.Answer)
	}
}
