package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_RoleBySynonym: "Who is the boss of Archos?" asks the role "Archos
// chief Henri Crohas" holds: a role word's main-sense synonym for a person
// is the same role, and counts as the word itself.
func TestAsk_RoleBySynonym(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("ces-2005", "Media gadgets get moving", "2005-01-10", "Technology Desk",
		[]facts.Entity{
			{ID: "archos", Name: "Archos", Kind: "organization"},
			{ID: "crohas", Name: "Henri Crohas", Kind: "person", Title: "Archos chief", Aliases: []string{"Crohas"}},
		},
		deskFact("keen", "Archos chief Henri Crohas said consumers were very keen on devices that keep all their media in one place.", "crohas"),
		deskFact("launch", "Archos launched its newest range of portable media devices at the Consumer Electronics Show.", "archos"),
	)))
	ans, err := ask("Who is the boss of Archos?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Crohas") {
		t.Errorf("answered %q (found %v); want Henri Crohas", ans.Answer, ans.Found)
	}
}

// TestAsk_BossIsManager: newsroom English calls a manager the boss
// ("Middlesbrough boss Steve McClaren"), which WordNet does not; the
// bundled lexicon does, so "Who manages Middlesbrough?" finds him.
func TestAsk_BossIsManager(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("boro-2004", "McClaren hails Boro spirit", "2004-11-05", "Sport Desk",
		[]facts.Entity{
			{ID: "boro", Name: "Middlesbrough", Kind: "organization", Aliases: []string{"Boro"}},
			{ID: "mcclaren", Name: "Steve McClaren", Kind: "person", Aliases: []string{"McClaren"}},
		},
		deskFact("praise", "Middlesbrough boss Steve McClaren praised the way his side have got to grips with European football.", "mcclaren"),
		deskFact("win", "Middlesbrough beat Lazio 2-0 in the Uefa Cup.", "boro"),
	)))
	ans, err := ask("Who manages Middlesbrough?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "McClaren") {
		t.Errorf("answered %q (found %v); want Steve McClaren", ans.Answer, ans.Found)
	}
}

// TestAsk_SpokespersonIsSpokeswoman: the bundled lexicon holds the
// spokesperson beside the spokesman and the spokeswoman, as news copy
// writes all three for one job.
func TestAsk_SpokespersonIsSpokeswoman(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("sky-2005", "Sky meets Muslim council", "2005-01-19", "Arts Desk",
		[]facts.Entity{{ID: "sky", Name: "Sky", Kind: "organization", Aliases: []string{"Sky One"}}},
		deskFact("listened", "A Sky spokesperson said Sky had listened to the council's concerns at a useful meeting.", "sky"),
		deskFact("series", "The drama, now in its fourth series, starts on Sky One on Sunday evening.", "sky"),
	)))
	ans, err := ask("What did the Sky spokeswoman say?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "listened") {
		t.Errorf("answered %q (found %v); want what the spokesperson said", ans.Answer, ans.Found)
	}
}
