package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// authorAward is a small story that places its events in time in its own
// words ("last Tuesday").
func authorAward() *facts.StoryFile {
	return deskStory("author-award-2024", "Novelist honoured abroad", "2024-03-12", "Arts Gazette",
		[]facts.Entity{
			{ID: "mara-vell", Name: "Mara Vell", Kind: "person", Title: "novelist", Aliases: []string{"Vell"}},
		},
		deskFact("award", "Vell was in Lisbon last Tuesday to collect a lifetime achievement prize at the city's book fair.", "mara-vell"),
		deskFact("novel", "Vell's new novel sold 40,000 copies in its first month.", "mara-vell"),
		deskFact("tour", "Vell will tour schools across the north in the autumn.", "mara-vell"),
	)
}

// TestAsk_PlacedTimeInOtherWords: a stretch of time the question places
// ("last week") is said, in part, by a fact that places what it tells in
// time in its own words ("last Tuesday").
func TestAsk_PlacedTimeInOtherWords(t *testing.T) {
	ask := asker(indextest.Story(t, authorAward()))
	ans, err := ask("Where did Vell collect the lifetime achievement prize at the book fair last week?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "author-award-2024/award" {
		t.Errorf("found %v %q; want the fact of the prize collected last Tuesday", ans.Found, ans.Answer)
	}
}

// TestAsk_TimeWithAnAdjective: a stretch of time placed with an adjective
// before it ("in the new year") is a time, and answers "When...?".
func TestAsk_TimeWithAnAdjective(t *testing.T) {
	ask := asker(besideBundled(t, &facts.StoryFile{
		Story:   facts.Story{ID: "targets-2004", Title: "New waiting targets", Date: "2004-12-15"},
		Sources: []facts.Source{{ID: "desk", Title: "Targets", Publisher: "Politics Desk", Published: "2004-12-15"}},
		Facts: []facts.Fact{
			{ID: "details", Statement: "Details of funding for the new targets are expected in the new year.", Source: "desk", Status: facts.StatusApproved},
			{ID: "targets", Statement: "No patient will wait more than 12 months for an outpatient appointment.", Source: "desk", Status: facts.StatusApproved},
		},
	}))
	ans, err := ask("When are details of funding for the targets expected?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "new year") {
		t.Errorf("found %v %q; want the details expected in the new year", ans.Found, ans.Answer)
	}
}

// TestAsk_OwnerIsNoMonth: "June's younger sister" names a person, not a time:
// a fact that says only that gives no "When...?".
func TestAsk_OwnerIsNoMonth(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("ring-of-fire-2005", "Song's authorship questioned", "2005-02-07", "Arts Desk",
		[]facts.Entity{
			{ID: "ring-of-fire", Name: "Ring of Fire", Kind: "other"},
			{ID: "june", Name: "June Carter Cash", Kind: "person", Aliases: []string{"June"}},
		},
		deskFact("first", "Ring of Fire was first recorded by June's younger sister, Anita Carter.", "ring-of-fire"),
		facts.Fact{ID: "hit", Statement: "Johnny Cash made Ring of Fire a hit.", Object: "ring-of-fire", Source: "desk", Status: facts.StatusApproved},
	)))
	ans, err := ask("When was Ring of Fire first recorded?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story does not say when", ans.Answer)
	}
}

// TestAsk_TimeByPreposition: "before the summer" and "at the end of the
// season" say when, as "in the summer" does.
func TestAsk_TimeByPreposition(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("gadgets-2005", "Gadgets and goals", "2005-01-10", "Tech Desk",
		[]facts.Entity{
			{ID: "nevo", Name: "Nevo", Kind: "other"},
			{ID: "shearer", Name: "Alan Shearer", Kind: "person", Aliases: []string{"Shearer"}},
		},
		deskFact("nevo", "The Nevo is expected to go on sale before the summer and cost about $799.", "nevo"),
		deskFact("retire", "Shearer has said he will retire at the end of the season.", "shearer"),
	)))
	for q, want := range map[string]string{"When will the Nevo go on sale?": "before the summer", "When will Shearer retire?": "end of the season"} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.Contains(strings.ToLower(ans.Answer), want) {
			t.Errorf("%q: found %v %q; want %q", q, ans.Found, ans.Answer, want)
		}
	}
}

// TestAsk_ClauseIsNoTime: "that the full advice" opens a clause; "that" places
// no time there, though "the full" is a stretch of time in WordNet (a full
// moon): a fact that says only that gives no "When...?".
func TestAsk_ClauseIsNoTime(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("advice-2005", "Iraq advice row", "2005-03-01", "Politics Desk",
		[]facts.Entity{{ID: "clare-short", Name: "Clare Short", Kind: "person", Aliases: []string{"Short"}}},
		deskFact("inquiry", "Clare Short, who quit the government over the Iraq war, said that the full advice should have been shown to the cabinet.", "clare-short"),
		deskFact("lords", "Short demanded a Lords inquiry.", "clare-short"),
	)))
	ans, err := ask("When did Clare Short quit the government?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: no fact says when she quit", ans.Answer)
	}
}

// TestAsk_WhenTwoFactsAgree: two facts that give the same date are no
// rivals for "When is the Budget?", which has no word to tell them apart.
func TestAsk_WhenTwoFactsAgree(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("budget-2005", "Budget date set", "2005-02-20", "Politics Desk",
		[]facts.Entity{
			{ID: "budget", Name: "the Budget", Kind: "event", Aliases: []string{"Budget"}},
			{ID: "balls", Name: "Ed Balls", Kind: "person", Aliases: []string{"Balls"}},
		},
		deskFact("date", "Chancellor Gordon Brown will deliver his Budget to the House of Commons on 16 March.", "budget"),
		deskFact("giveaway", "Balls has denied suggestions that there will be a Budget giveaway on 16 March.", "balls"),
	)))
	ans, err := ask("When is the Budget?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "16 March") {
		t.Errorf("found %v %q; want 16 March", ans.Found, ans.Answer)
	}
}

// TestAsk_ClockTime: "What time is the meeting due to start?" is answered
// by a time of day by the clock ("at 1830 GMT"), which is a time as a date
// is; a figure that is no hour ("1830 delegates") is none.
func TestAsk_ClockTime(t *testing.T) {
	story := deskStory("eu-2005", "Meeting on pact", "2005-03-20", "Business Desk",
		[]facts.Entity{{ID: "juncker", Name: "Jean-Claude Juncker", Kind: "person", Aliases: []string{"Juncker"}}},
		deskFact("time", "Juncker is scheduled to start the meeting at 1830 GMT.", "juncker"),
	)
	ans, err := asker(indextest.Story(t, story))("What time is the meeting due to start?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "1830 GMT") {
		t.Errorf("found %v %q; want 1830 GMT", ans.Found, ans.Answer)
	}
	story.Facts[0] = deskFact("time", "Juncker is scheduled to start the meeting with 1830 delegates.", "juncker")
	if ans, err = asker(indextest.Story(t, story))("What time is the meeting due to start?", facts.AskOptions{}); err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; 1830 delegates is no time", ans.Answer)
	}
}

// TestAsk_TimeByAnOwnersDay: "shortly after his 34th birthday" places the
// retirement in time, an owner standing before the day as "the" does.
func TestAsk_TimeByAnOwnersDay(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("johnson-2005", "Johnson looks back", "2005-03-02", "Sport Desk",
		[]facts.Entity{{ID: "johnson", Name: "Michael Johnson", Kind: "person", Aliases: []string{"Johnson"}}},
		deskFact("retired", "Michael Johnson, the US 400m and 200m legend, retired shortly after his 34th birthday.", "johnson"),
	)))
	answersWith(t, ask, map[string]string{
		"When did Michael Johnson retire?": "34th birthday",
	})
}
