package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_FigureAfterTheChange: "climbed to 717,000" gives where the shares
// got to, not how much they rose: "By how much did the shares rise?" and "How
// much did the shares go up?" are not answered by it, "What did the shares
// climb to?" is, and so is a question of the rise a fact gives ("rose 2.7%").
func TestAsk_FigureAfterTheChange(t *testing.T) {
	story := func(fs ...facts.Fact) *facts.StoryFile {
		return deskStory("smfg-2005", "SMFG shares climb", "2005-02-22", "Business Desk",
			[]facts.Entity{{ID: "smfg", Name: "Sumitomo Mitsui Financial Group", Kind: "organization", Aliases: []string{"SMFG"}}}, fs...)
	}
	level := deskFact("level", "SMFG shares climbed to 717,000 yen in Tokyo.", "smfg")
	ask := asker(besideBundled(t, story(level)))
	answersWith(t, ask, map[string]string{
		"By how much did SMFG shares rise?":  "",
		"How much did SMFG shares go up?":    "",
		"What did SMFG shares climb to?":     "717,000",
		"How much did SMFG shares climb to?": "717,000",
	})
	ask = asker(besideBundled(t, story(level, deskFact("rise", "SMFG shares rose 2.7% after the bid was announced.", "smfg"))))
	answersWith(t, ask, map[string]string{
		"By how much did SMFG shares rise?": "2.7%",
		"How much did SMFG shares go up?":   "2.7%",
	})
}
