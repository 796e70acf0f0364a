package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// filmAndSong tells of a film's producer by his title and of a song's
// recording in a clause of its own.
func filmAndSong() *facts.StoryFile {
	return deskStory("arts-roundup-2005", "Arts roundup", "2005-02-11", "Arts Desk", []facts.Entity{
		{ID: "night-harbour", Name: "Night Harbour", Kind: "other"},
		{ID: "lena-holt", Name: "Lena Holt", Kind: "person", Aliases: []string{"Holt"}},
		{ID: "grey-river", Name: "Grey River", Kind: "other"},
		{ID: "tom-reilly", Name: "Tom Reilly", Kind: "person", Aliases: []string{"Reilly"}},
		{ID: "ada-moss", Name: "Ada Moss", Kind: "person", Aliases: []string{"Moss"}},
	},
		deskFact("holt-opening", "Night Harbour producer Lena Holt said the film would open in March.", "lena-holt"),
		deskFact("holt-budget", "Holt raised the money for the film from three Irish banks.", "lena-holt"),
		deskFact("grey-river-sales", "Grey River, one of the first songs Tom Reilly wrote for others, sold two million copies when Ada Moss recorded it.", "grey-river"),
		deskFact("reilly-tour", "Reilly will tour Scotland in the spring.", "tom-reilly"),
	)
}

// TestAsk_TitleBeforeNameActsOnNone: "Night Harbour producer Lena Holt"
// holds "produced" as a title, and Night Harbour before it is what was
// produced, not who produced it.
func TestAsk_TitleBeforeNameActsOnNone(t *testing.T) {
	ask := asker(besideBundled(t, filmAndSong()))
	ans, err := ask("Who produced Night Harbour?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Lena Holt") {
		t.Errorf("found %v %q; want Lena Holt", ans.Found, ans.Answer)
	}
}

// TestAsk_ClauseOfItsOwn: a name before "when" is not the doer of the
// verb after it; the name after it is.
func TestAsk_ClauseOfItsOwn(t *testing.T) {
	ask := asker(besideBundled(t, filmAndSong()))
	ans, err := ask("Who recorded Grey River?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Ada Moss") {
		t.Errorf("found %v %q; want Ada Moss", ans.Found, ans.Answer)
	}
}

// TestAsk_RolesOfTheVerbAsked: a fact curated as one act (the praising)
// that tells of the act asked about in a clause of its own ("for
// overruling the White House") is read for who did what in that clause,
// not by the curated roles of the praising, which make the court its
// object.
func TestAsk_RolesOfTheVerbAsked(t *testing.T) {
	story := deskStory("cherie-speech-2004", "Cherie speech", "2004-10-31", "Politics Desk", []facts.Entity{
		{ID: "cherie", Name: "Cherie Blair", Kind: "person", Aliases: []string{"Mrs Blair"}},
		{ID: "court", Name: "Supreme Court", Kind: "organization"},
		{ID: "white-house", Name: "White House", Kind: "organization"},
	},
		facts.Fact{ID: "praised", Statement: "Mrs Blair praised the Supreme Court for overruling the White House on the rights of detainees.",
			Subject: "cherie", Predicate: "praised", Object: "court", Source: "desk", Status: facts.StatusApproved},
		deskFact("lecture", "Mrs Blair gave the lecture to law students in Massachusetts.", "cherie"),
	)
	ask := asker(besideBundled(t, story))
	ans, err := ask("Whom did the Supreme Court overrule?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "White House") {
		t.Errorf("found %v %q; want the White House", ans.Found, ans.Answer)
	}
}
