package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_CountryByItsAdjective: a fact that names Turkey by its adjective
// ("Turkish premier") is about Turkey, though the curator gave Turkey no
// alias "Turkish": WordNet gives the adjective as a form of the name.
func TestAsk_CountryByItsAdjective(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("eu-turkey-2004", "EU opens talks with Turkey", "2004-12-17", "Europe Desk",
		[]facts.Entity{
			{ID: "turkey", Name: "Turkey", Kind: "country"},
			{ID: "erdogan", Name: "Recep Erdogan", Kind: "person", Aliases: []string{"Erdogan"}},
		},
		deskFact("talks", "EU leaders agreed to open membership talks with Turkey in October.", "turkey"),
		deskFact("no-guarantee", "Turkish premier Recep Erdogan had to accept that the negotiations did not guarantee full membership.", "erdogan"),
	)))
	ans, err := ask("Do the negotiations guarantee Turkey full membership?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "did not guarantee") {
		t.Errorf("found %v %q; want the fact saying the talks guarantee nothing", ans.Found, ans.Answer)
	}
}

// TestAsk_NameInAnotherForm: a name the question gives that the knowledge
// base does not know ("Welsh") is said by a fact in the form WordNet gives
// for it ("Wales"): the fact gives the names the question gives. (A part of
// the development benchmark.)
func TestAsk_NameInAnotherForm(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev26/stories"))
	ans, err := ask("Which Welsh players will play in the match?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Wales") {
		t.Errorf("found %v %q; want the Wales players", ans.Found, ans.Answer)
	}
}

// TestAsk_UnknownNameInAnotherForm: a name the knowledge base has never
// seen as written ("Britain") is no unknown name when it holds the name in
// another form WordNet gives ("UK"): the question is asked, and answered by
// the fact that says that form.
func TestAsk_UnknownNameInAnotherForm(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("eu-2005", "UK to chair the EU", "2005-01-10", "Politics Desk",
		[]facts.Entity{{ID: "eu", Name: "European Union", Kind: "organization", Aliases: []string{"EU"}}},
		deskFact("chair", "The UK takes over the chairmanship of the EU in July.", "eu"),
	)))
	ans, err := ask("When does Britain take over the chairmanship of the EU?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "July") {
		t.Errorf("found %v %q; want July", ans.Found, ans.Answer)
	}
}
