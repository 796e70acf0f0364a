package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_CommonWordIsNoCapitalisedName: "games" in "the games industry
// body" is an English word, not the bundled story's "Games" (the Beijing
// Olympics), whose every name is written with a capital; so what that body
// said is asked of the games story. A question typed all in lower case
// still links its names.
func TestAsk_CommonWordIsNoCapitalisedName(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("elspa-2005", "Violent games ban would be wrong", "2005-02-10", "Tech Desk",
		[]facts.Entity{
			{ID: "bennett", Name: "Roger Bennett", Kind: "person", Aliases: []string{"Bennett"}, Title: "head of games industry body ELSPA"},
			{ID: "elspa", Name: "ELSPA", Kind: "organization"},
		},
		facts.Fact{ID: "ban-wrong", Statement: "Roger Bennett, head of games industry body ELSPA, said banning violent games would be wrong.",
			Quote: "banning violent games would be wrong", Speaker: "bennett", Source: "desk", Status: facts.StatusApproved},
	)))
	answersWith(t, ask, map[string]string{
		"What does the games industry body think of banning violent games?": "would be wrong",
		"who urged a boycott of the olympic games?":                         "European Parliament",
	})
}
