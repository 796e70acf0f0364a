package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_ActInTitleOnlyIsNoAnswer: "Who leads the Conservatives?" is not
// answered by a fact about the Liberal Democrat leader that names the
// Conservatives: his title says he leads, but not them, and the fact's own
// words say nothing of leading. One that says the act itself still answers.
func TestAsk_ActInTitleOnlyIsNoAnswer(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("kennedy-2005", "Kennedy targets Tory seats", "2005-02-21", "Politics Desk",
		[]facts.Entity{
			{ID: "kennedy", Name: "Charles Kennedy", Kind: "person", Aliases: []string{"Kennedy"}, Title: "Liberal Democrat leader"},
			{ID: "tories", Name: "Conservatives", Kind: "organization", Aliases: []string{"Tories"}},
			{ID: "libdems", Name: "Liberal Democrats", Kind: "organization", Aliases: []string{"Lib Dems"}},
			{ID: "founder", Name: "Mark Oaten", Kind: "person", Aliases: []string{"Oaten"}},
			{ID: "forum", Name: "Orange Forum", Kind: "organization"},
		},
		deskFact("tour", "Kennedy is visiting rural seats where his party hopes to take gains from the Conservatives.", "kennedy"),
		deskFact("forum", "Mark Oaten founded the Orange Forum in 2002.", "founder"),
	)))
	answersWith(t, ask, map[string]string{
		"Who leads the Conservatives?":  "",
		"Who founded the Orange Forum?": "Oaten",
	})
}
