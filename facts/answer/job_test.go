package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhatDoesSomeoneDo: "What does Hazel Gilbert do for a living?" asks
// her job, which her recorded title gives, as "What is her title?" and
// "What post does she hold?" do; "What did Gilbert do?" asks an act, and is
// not answered by the title.
func TestAsk_WhatDoesSomeoneDo(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("ballet-2005", "Children turn away from ballet", "2005-01-14", "Arts Desk",
		[]facts.Entity{{ID: "gilbert", Name: "Hazel Gilbert", Kind: "person", Title: "information manager from Newcastle", Aliases: []string{"Gilbert"}}},
		deskFact("gave-up", "Hazel Gilbert, 23, gave up ballet at the age of 10.", "gilbert"),
	)))
	for _, tc := range []struct{ q, want string }{
		{"What does Hazel Gilbert do for a living?", "information manager"},
		{"What does Gilbert do?", "information manager"},
		{"What is Hazel Gilbert's title?", "information manager"},
		{"What is Gilbert's job?", "information manager"},
		{"What is Gilbert's job title?", "information manager"},
		{"What post does Gilbert hold?", "information manager"},
		{"What title does Hazel Gilbert have?", "information manager"},
		{"What job did Gilbert use to have?", "information manager"},
		{"What did Gilbert do?", ""},
	} {
		ans, err := ask(tc.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := ans.Found && strings.Contains(ans.Answer, "information manager"); got != (tc.want != "") {
			t.Errorf("%q: answered %q (found %v); want the title: %v", tc.q, ans.Answer, ans.Found, tc.want != "")
		}
	}
}

// TestAsk_WhatSomeoneDoesThere: "What does Nick Hazel do at Yahoo?" asks his
// job there, which his title gives when it names Yahoo; a title that names
// another employer is not the answer.
func TestAsk_WhatSomeoneDoesThere(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("yahoo-2005", "Yahoo looks to young users", "2005-02-01", "Technology Desk",
		[]facts.Entity{
			{ID: "hazel", Name: "Nick Hazel", Kind: "person", Title: "Yahoo's head of consumer services in the UK", Aliases: []string{"Hazel"}},
			{ID: "yahoo", Name: "Yahoo", Kind: "organization"},
			{ID: "jones", Name: "Ann Jones", Kind: "person", Title: "analyst at Jupiter Research", Aliases: []string{"Jones"}},
		},
		deskFact("grown-up", "Nick Hazel thinks having grown up with the internet will help Yahoo.", "hazel"),
		deskFact("jones", "Ann Jones said Yahoo had a strong brand.", "jones"),
	)))
	answersWith(t, ask, map[string]string{"What does Nick Hazel do at Yahoo?": "head of consumer services"})
	ans, err := ask("What does Ann Jones do at Yahoo?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(ans.Answer, "Jupiter") {
		t.Errorf("answered %q; her title is no job at Yahoo", ans.Answer)
	}
}
