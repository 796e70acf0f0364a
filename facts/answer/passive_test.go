package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// sprinterBan curates a fact by its main verb ("took steroids from"), while
// its statement tells the supplying in a passive clause of its own.
func sprinterBan() *facts.StoryFile {
	return deskStory("sprinter-ban-2004", "Sprinter admits steroid use", "2004-05-20", "Sport Desk",
		[]facts.Entity{
			{ID: "whitby", Name: "Kelly Whitby", Kind: "person", Aliases: []string{"Whitby"}},
			{ID: "conway", Name: "Victor Conway", Kind: "person", Aliases: []string{"Conway"}},
		},
		facts.Fact{ID: "took", Statement: "Banned sprinter Kelly Whitby says she knowingly took steroids given to her by Victor Conway, head of a laboratory.",
			Subject: "whitby", Predicate: "took steroids from", Object: "conway", Source: "desk", Status: facts.StatusApproved},
		deskFact("trial", "Conway faces a federal trial next year on tax charges.", "conway"),
		deskFact("cover", "Whitby said Conway at first tried to cover up what he was doing.", "conway"),
	)
}

// TestAsk_SupplierInPassiveClause: "steroids given to her by Victor Conway"
// makes Conway the giver and Whitby the one given to, as "Who gave
// Whitby...?" has them, though the fact is curated as Whitby taking from
// Conway: the roles of the question's act are read where the statement tells it.
func TestAsk_SupplierInPassiveClause(t *testing.T) {
	ask := asker(indextest.Story(t, sprinterBan()))
	ans, err := ask("Who gave Whitby the steroids?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Conway") {
		t.Errorf("found %v %q; want the fact naming Conway as the giver", ans.Found, ans.Answer)
	}
}

// TestAsk_ActedWithoutDoer: "Who fired Ann Kite?" asks who did it: a fact
// that tells it only in the passive with no "by" ("before being fired")
// does not say, nor does "before he was killed" who killed him, nor "Deals
// are being sought" who is seeking them (stories of the development
// benchmark); "was fired by the singer's manager" does.
func TestAsk_ActedWithoutDoer(t *testing.T) {
	for _, tc := range []struct{ part, q, fact string }{
		{"dev23", "Who fired Ann Kite?", "bbc-entertainment-375/credib"},
		{"dev23", "Who killed Theo van Gogh?", "bbc-entertainment-329/death-threats"},
		{"dev30", "Who is seeking deals to deport terror suspects?", "bbc-politics-097/deals-sought"},
	} {
		ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/"+tc.part+"/stories"))
		ans, err := ask(tc.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found && strings.HasPrefix(ans.Facts[0].ID, tc.fact) {
			t.Errorf("%q: answered %q; it does not say by whom", tc.q, ans.Answer)
		}
	}
	ask := asker(indextest.Story(t, deskStory("kite-2005", "Jackson trial", "2005-03-10", "Arts Desk",
		[]facts.Entity{{ID: "kite", Name: "Ann Kite", Kind: "person", Aliases: []string{"Kite"}}},
		deskFact("fired", "Kite was fired by the singer's manager after less than a week.", "kite"),
	)))
	if ans, err := ask("Who fired Ann Kite?", facts.AskOptions{}); err != nil || !strings.Contains(ans.Answer, "manager") {
		t.Errorf("answered %q (%v); want the singer's manager", ans.Answer, err)
	}
}
