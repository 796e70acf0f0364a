package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_YearInTheAskedName: "V Festival 2005" says which festival, not
// when it is; a fact that gives its days answers.
func TestAsk_YearInTheAskedName(t *testing.T) {
	sf := deskStory("v-festival-2005", "V Festival line-up named", "2005-03-08", "Arts Desk",
		[]facts.Entity{
			{ID: "angus", Name: "Bob Angus", Kind: "person", Aliases: []string{"Angus"}},
			{ID: "festival", Name: "V Festival", Kind: "event", Aliases: []string{"V Festival 2005"}},
		},
		deskFact("promise", "Angus promised V Festival 2005 would not disappoint.", "angus"),
	)
	answersWith(t, asker(indextest.Story(t, sf)), map[string]string{
		"When is V Festival 2005?": "",
	})
	sf.Facts = append(sf.Facts, deskFact("dates", "V Festival 2005 takes place on 20 and 21 August.", "festival"))
	answersWith(t, asker(indextest.Story(t, sf)), map[string]string{
		"When is V Festival 2005?": "August",
	})
}
