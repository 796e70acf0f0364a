package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_AffiliationFromTheTitle: "Which firm does Cluley work for?" is
// answered by his recorded title, "Senior technology consultant at Sophos",
// where no fact puts Sophos beside his name; a title that names no body
// ("England captain") answers no club question, nor does the title answer a
// question that asks of an act of his ("What did Cluley compare computer use with?").
func TestAsk_AffiliationFromTheTitle(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("spam-2004", "Spam attack backfires", "2004-12-01", "Tech Desk",
		[]facts.Entity{
			{ID: "cluley", Name: "Graham Cluley", Kind: "person", Title: "Senior technology consultant at Sophos", Aliases: []string{"Cluley"}},
			{ID: "sophos", Name: "Sophos", Kind: "organization"},
			{ID: "wilkinson", Name: "Jonny Wilkinson", Kind: "person", Title: "England captain", Aliases: []string{"Wilkinson"}},
		},
		deskFact("grizzly", "Cluley compared attacking a spammer's website to poking a sleeping grizzly bear.", "cluley"),
		deskFact("injury", "Wilkinson has been ruled out of the Six Nations with a knee injury.", "wilkinson"),
	)))
	answersWith(t, ask, map[string]string{"Which firm does Cluley work for?": "Sophos", "Which club does Wilkinson play for?": ""})
	ans, err := ask("What did Cluley compare computer use with?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(ans.Answer, "Graham Cluley:") {
		t.Errorf("answered %q from his title; want the fact of his comparing", ans.Answer)
	}
}
