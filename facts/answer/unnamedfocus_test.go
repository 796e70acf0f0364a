package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhichOfKindUnnamed: "Which two firms pulled out?" asks for firms
// (two of them), and "two unnamed firms had pulled out" says that they did,
// in so many words not which; "Barings and Hill Samuel, two firms,..." says
// which.
func TestAsk_WhichOfKindUnnamed(t *testing.T) {
	story := func(f facts.Fact) *facts.StoryFile {
		return deskStory("splits-2004", "Split-capital deal shrinks", "2004-12-24", "Business Desk",
			[]facts.Entity{{ID: "mcivor", Name: "Ian McIvor", Kind: "person", Aliases: []string{"McIvor"}}}, f)
	}
	ask := asker(besideBundled(t, story(deskFact("smaller", "McIvor told the BBC the settlement was smaller because two unnamed firms had pulled out of the compensation talks.", "mcivor"))))
	answersWith(t, ask, map[string]string{
		"Which two firms pulled out of the compensation talks?": "",
		"Why was the settlement smaller, according to McIvor?":  "unnamed firms",
	})
	ask = asker(besideBundled(t, story(deskFact("smaller", "McIvor told the BBC the settlement was smaller because two firms, Barings and Hill Samuel, had pulled out of the compensation talks.", "mcivor"))))
	answersWith(t, ask, map[string]string{
		"Which two firms pulled out of the compensation talks?": "Barings",
	})
}
