package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/bundled"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/index/indextest"
	"github.com/factdesk/factdesk/facts/storyfile"
)

// besideBundled indexes a literal story beside the bundled ones, so that its
// words weigh as in a real knowledge base, where most are held by some fact.
func besideBundled(t *testing.T, sf *facts.StoryFile) (*index.Index, *index.Memory) {
	t.Helper()
	data, err := storyfile.Encode(sf)
	if err != nil {
		t.Fatalf("encoding story %s: %v", sf.Story.ID, err)
	}
	return indextest.FromInputs(t, append(bundled.Files(), facts.ImportInput{Name: sf.Story.ID + ".yaml", Data: data})...)
}

// TestAsk_WhoOfAnotherAct: "Yates got his chance because Dai Morgan is
// absent" is curated with Yates as its subject, the one who got; "Whose
// absence gave Yates his chance?" has him given to. The fact holds nothing
// of giving, so its roles are those of another act (here the converse) and
// do not clash with the question's.
func TestAsk_WhoOfAnotherAct(t *testing.T) {
	ask := asker(besideBundled(t, &facts.StoryFile{
		Story:   facts.Story{ID: "prop-chance-2005", Title: "Uncapped prop called up", Date: "2005-01-18"},
		Sources: []facts.Source{{ID: "desk", Title: "Squad named", Publisher: "Sport Desk", Published: "2005-01-18"}},
		Entities: []facts.Entity{
			{ID: "yates", Name: "Owen Yates", Kind: "person", Aliases: []string{"Yates"}},
			{ID: "morgan", Name: "Dai Morgan", Kind: "person", Aliases: []string{"Morgan"}},
		},
		Facts: []facts.Fact{
			{ID: "chance", Statement: "Yates got his chance because loose-head Dai Morgan is absent.",
				Subject: "yates", Source: "desk", Status: facts.StatusApproved},
			{ID: "uncapped", Statement: "Yates, a prop with the Blues, is the only uncapped player in the squad.",
				Subject: "yates", Source: "desk", Status: facts.StatusApproved},
		},
	}))
	ans, err := ask("Whose absence gave Yates his chance?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Dai Morgan") {
		t.Errorf("found %v %q; want the fact naming Dai Morgan", ans.Found, ans.Answer)
	}
}
