package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// oscarsMusic is a small story whose musical director a question names by
// a synonym of his title, among others titled "director"; with second,
// another person holds the same title.
func oscarsMusic(second bool) *facts.StoryFile {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "oscars-2005", Title: "Music man to the Oscars", Date: "2005-02-25"},
		Sources: []facts.Source{{ID: "desk", Title: "Music man", Publisher: "Wire", Published: "2005-02-25"}},
		Entities: []facts.Entity{
			{ID: "bill-conti", Name: "Bill Conti", Kind: "person", Title: "musical director of the Oscars", Aliases: []string{"Conti"}},
			{ID: "ada-lind", Name: "Ada Lind", Kind: "person", Title: "director of the film festival", Aliases: []string{"Lind"}},
			{ID: "julia-roberts", Name: "Julia Roberts", Kind: "person", Title: "actress"},
		},
		Facts: []facts.Fact{
			{ID: "roberts", Statement: "Julia Roberts asked Conti not to get ready to play because she had so much to do.", Subject: "julia-roberts", Source: "desk", Status: facts.StatusApproved},
			{ID: "lind", Statement: "Lind said the festival would open in May.", Subject: "ada-lind", Source: "desk", Status: facts.StatusApproved},
		},
	}
	if second {
		sf.Entities = append(sf.Entities, facts.Entity{ID: "max-orr", Name: "Max Orr", Kind: "person", Title: "music director of the opera"})
	}
	return sf
}

// TestAsk_RoleNamedBySynonymOfTitle: "the conductor", a word no title
// holds, names the one person whose title holds its WordNet synonym "music
// director", though "director" alone is several people's; when two people
// hold that compound, it names neither.
func TestAsk_RoleNamedBySynonymOfTitle(t *testing.T) {
	const q = "What did Julia Roberts ask the conductor?"
	ans, err := asker(indextest.Story(t, oscarsMusic(false)))(q, facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "asked Conti") {
		t.Errorf("found %v %q; want what Julia Roberts asked Conti", ans.Found, ans.Answer)
	}
	ans, err = asker(indextest.Story(t, oscarsMusic(true)))(q, facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: the conductor may be Max Orr as well as Bill Conti", ans.Answer)
	}
}
