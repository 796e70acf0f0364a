package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_CalledItOverSaidSomething: "What did Kelly call Julie Andrews?"
// asks what she said of her, and a fact that has her describe Dame Julie
// ("described Dame Julie as her absolute hero") says it in the question's
// own terms; one that has her say something else about Dame Julie does
// not, and must not rank above it for being a fact in which she speaks.
func TestAsk_CalledItOverSaidSomething(t *testing.T) {
	story := deskStory("poppins-2004", "Mary Poppins opens", "2004-12-16", "Arts Desk", []facts.Entity{
		{ID: "kelly", Name: "Laura Michelle Kelly", Kind: "person", Aliases: []string{"Kelly"}},
		{ID: "andrews", Name: "Julie Andrews", Kind: "person", Title: "actress", Aliases: []string{"Dame Julie", "Andrews"}},
	},
		deskFact("nervous", "Kelly said she was very nervous about meeting Dame Julie.", "kelly"),
		deskFact("hero", "Kelly described Dame Julie as her absolute hero.", "kelly"),
		deskFact("role", "Kelly plays the nanny in the stage musical.", "kelly"),
	)
	ask := asker(besideBundled(t, story))
	ans, err := ask("What did Kelly call Julie Andrews?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "hero") {
		t.Errorf("found %v %q; want what she called her (her absolute hero)", ans.Found, ans.Answer)
	}
}
