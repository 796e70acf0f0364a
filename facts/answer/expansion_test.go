package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhatItStandsFor: "What does FCC stand for?" is answered from the
// name of the entity the short form is an alias of, or from a fact that
// spells it out beside it, citing the fact; an alias that is no short form
// of the name ("the regulator"), or a name with nothing spelt, is not
// expanded.
func TestAsk_WhatItStandsFor(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("stern-2005", "Stern dropped from radio stations", "2005-01-05", "Media Desk",
		[]facts.Entity{
			{ID: "fcc", Name: "Federal Communications Commission", Kind: "organization", Aliases: []string{"FCC", "the regulator"}},
			{ID: "stern", Name: "Howard Stern", Kind: "person", Aliases: []string{"Stern"}},
			{ID: "winer", Name: "Dave Winer", Kind: "person", Aliases: []string{"Winer"}},
		},
		deskFact("fine", "Clear Channel had to pay the Federal Communications Commission $1.75m over breaches of indecency laws.", "fcc"),
		deskFact("rss", "Dave Winer designed the RSS (Really Simple Syndication) format that podcasts rely on.", "winer"),
		deskFact("moving", "Stern is moving to satellite radio.", "stern"),
	)))
	for _, tt := range []struct{ q, want, fact string }{
		{"What does FCC stand for?", "Federal Communications Commission", "stern-2005/fine"},
		{"what does rss stand for", "Really Simple Syndication", "stern-2005/rss"},
		{"What is RSS short for?", "Really Simple Syndication", "stern-2005/rss"},
	} {
		ans, err := ask(tt.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.Contains(ans.Answer, tt.want) || len(ans.Facts) == 0 || ans.Facts[0].ID != tt.fact {
			t.Errorf("%q: found %v %q citing %v; want %q from %s", tt.q, ans.Found, ans.Answer, ans.Facts, tt.want, tt.fact)
		}
	}
	for _, q := range []string{"What does the regulator stand for?", "What does Stern stand for?"} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found {
			t.Errorf("%q: answered %q; nothing spells it out", q, ans.Answer)
		}
	}
}
