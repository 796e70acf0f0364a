package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_AsACapacityGivesNoCause: "as home secretary" gives Clarke's post,
// not why Blunkett resigned; "as" before a clause may give a cause ("as
// broker downgrades hit technology stocks").
func TestAsk_AsACapacityGivesNoCause(t *testing.T) {
	sf := deskStory("detentions-2004", "Clarke defends terror detentions", "2004-12-20", "Politics Desk",
		[]facts.Entity{
			{ID: "clarke", Name: "Charles Clarke", Kind: "person", Aliases: []string{"Clarke"}},
			{ID: "blunkett", Name: "David Blunkett", Kind: "person", Aliases: []string{"Blunkett"}},
			{ID: "nasdaq", Name: "Nasdaq", Kind: "organization"},
		},
		deskFact("first-day", "The law lords' ruling came last Thursday, Clarke's first day as home secretary after David Blunkett resigned.", "clarke"),
		deskFact("nasdaq-fall", "The Nasdaq also fell on Tuesday, as broker downgrades hit key technology stocks.", "nasdaq"),
	)
	answersWith(t, asker(indextest.Story(t, sf)), map[string]string{
		"Why did David Blunkett resign?": "",
		"Why did the Nasdaq fall?":       "downgrades",
	})
}
