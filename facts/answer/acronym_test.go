package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_AcronymSpeltOut: "DRM", a name the knowledge base knows as no
// entity, must be in a fact that answers; "digital rights management" says
// it in full (the curator gave the fact the keyword, so it holds the word;
// the statement must still say the name).
func TestAsk_AcronymSpeltOut(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("music-service-2004", "Music service launched", "2004-09-02", "Tech Desk",
		[]facts.Entity{
			{ID: "janus", Name: "Janus", Kind: "other"},
			{ID: "macrosoft", Name: "Macrosoft", Kind: "organization"},
			{ID: "service", Name: "Tune To Go", Kind: "other"},
		},
		facts.Fact{ID: "janus", Statement: "The service works on players supporting Janus, Macrosoft's latest Windows digital rights management technology.",
			Subject: "service", Object: "janus", Keywords: []string{"DRM"}, Source: "desk", Status: facts.StatusApproved},
		deskFact("limits", "Some buyers say DRM limits what they can do with songs they have paid for.", "macrosoft"),
		deskFact("price", "Songs on the service cost 79 cents each.", "macrosoft"),
	)))
	ans, err := ask("Whose DRM is Janus?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Macrosoft") {
		t.Errorf("found %v %q; want the fact naming Macrosoft", ans.Found, ans.Answer)
	}
}
