package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// bannedSprinter is a story whose subject's recorded title holds the word a
// reporter asks with ("banned"), and one fact that tells of the ban itself.
func bannedSprinter() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "sprinter-2004", Title: "Sprinter admits drugs link", Date: "2004-12-02"},
		Sources: []facts.Source{{ID: "desk", Title: "Sprinter admits", Publisher: "Sport Desk", Published: "2004-12-02"}},
		Entities: []facts.Entity{
			{ID: "white", Name: "Kelly Whyte", Kind: "person", Title: "banned American sprinter", Aliases: []string{"Whyte"}},
			{ID: "coach", Name: "Victor Conti", Kind: "person", Aliases: []string{"Conti"}},
		},
		Facts: []facts.Fact{
			{ID: "took", Statement: "Kelly Whyte says she knowingly took steroids given to her by Victor Conti.",
				Speaker: "white", Source: "desk", Status: facts.StatusApproved},
			{ID: "decision", Statement: "Whyte added that going to Conti was her own decision.",
				Speaker: "white", Source: "desk", Status: facts.StatusApproved},
			{ID: "failed", Statement: "Whyte failed a drugs test after winning two titles at the 2003 world championships.",
				Subject: "white", Source: "desk", Status: facts.StatusApproved},
			{ID: "ban", Statement: "She was given a two-year ban in May this year.",
				Subject: "white", Source: "desk", Status: facts.StatusApproved},
			{ID: "compelled", Statement: "The 27-year-old believes doping is so common that she felt she had to cheat.",
				Subject: "white", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_VerbOnlyInTheTitle: every fact Whyte tells holds "banned" in her
// recorded title, but only one tells of the ban: "When was she banned?" is
// answered by it, with its month.
func TestAsk_VerbOnlyInTheTitle(t *testing.T) {
	ask := asker(indextest.Story(t, bannedSprinter()))
	ans, err := ask("When was she banned?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "May") {
		t.Errorf("answered %q (found %v); she was banned in May", ans.Answer, ans.Found)
	}
}
