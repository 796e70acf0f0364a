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
		{"What post does Gilbert hold?", "information manager"},
		{"What title does Hazel Gilbert have?", "information manager"},
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
