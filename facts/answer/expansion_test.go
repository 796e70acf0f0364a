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

// TestAsk_StandsForAnAlias: a thing named as readers know it ("RFID tags")
// is expanded from the alias that spells it ("radio frequency ID"); the name
// that merely begins with the short form spells nothing, and with no such
// alias the question is not answered "rfid stands for RFID tags".
func TestAsk_StandsForAnAlias(t *testing.T) {
	story := func(aliases ...string) func(string, facts.AskOptions) (facts.Answer, error) {
		return asker(besideBundled(t, deskStory("rfid-2005", "Consumer concern over RFID tags", "2005-01-25", "Tech Desk",
			[]facts.Entity{{ID: "rfid", Name: "RFID tags", Kind: "other", Aliases: aliases}},
			deskFact("worries", "More than half of 2,000 people surveyed said they had privacy worries about RFID tags.", "rfid"),
			deskFact("shops", "Consumers are very concerned about the use of radio frequency ID (RFID) tags in shops.", "rfid"),
		)))
	}
	ans, err := story("RFID", "radio frequency ID", "tags")("what does rfid stand for?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "stands for radio frequency ID") || len(ans.Facts) == 0 || ans.Facts[0].ID != "rfid-2005/shops" {
		t.Errorf("with the alias: found %v %q citing %v; want radio frequency ID from rfid-2005/shops", ans.Found, ans.Answer, ans.Facts)
	}
	ans, err = story("RFID")("What does RFID stand for?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(ans.Answer, "stands for RFID tags") {
		t.Errorf("without it: %q; a name that begins with the short form is no expansion", ans.Answer)
	}
}
