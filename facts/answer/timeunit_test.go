package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhatDayAsksADay: "On what day...?" asks a day, which "in this
// year's tournament" does not give, though it is a time; a fact that gives
// the day answers, but gives no month. "In what year...?" is answered by a
// year.
func TestAsk_WhatDayAsksADay(t *testing.T) {
	story := func(withDay bool) *facts.StoryFile {
		f := deskStory("rugby-2005", "England's forwards lack cohesion", "2005-03-01", "Sport Desk",
			[]facts.Entity{
				{ID: "england", Name: "England", Kind: "organization"},
				{ID: "ireland", Name: "Ireland", Kind: "organization"},
				{ID: "moore", Name: "Brian Moore", Kind: "person", Title: "former England hooker"},
			},
			deskFact("cohesion", "Moore blames a lack of cohesion among the forwards as one reason England have lost to Wales, France and Ireland in this year's tournament.", "moore"),
			deskFact("hooker", "Moore won 64 caps for England between 1987 and 1995.", "moore"),
		)
		if withDay {
			f.Facts = append(f.Facts, deskFact("sunday", "England lost 19-13 to Ireland at Lansdowne Road on Sunday.", "england"))
		}
		return f
	}
	const q = "On what day did England lose to Ireland?"
	ans, err := asker(besideBundled(t, story(false)))(q, facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story gives no day", ans.Answer)
	}
	ask := asker(besideBundled(t, story(true)))
	if ans, err = ask(q, facts.AskOptions{}); err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Sunday") {
		t.Errorf("found %v %q; want the day, Sunday", ans.Found, ans.Answer)
	}
	if ans, err = ask("In what month did England lose to Ireland?", facts.AskOptions{}); err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story gives a day of the week, no month", ans.Answer)
	}
	if ans, err = ask("In what year did Moore win his first cap?", facts.AskOptions{}); err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "1987") {
		t.Errorf("found %v %q; want the year, 1987", ans.Found, ans.Answer)
	}
}

// TestAsk_WhichDayEveryWeek: "on Thursdays" gives the day of a weekly show,
// as "on Thursday" would: "Which day is Rob Da Bank's show?" is answered.
func TestAsk_WhichDayEveryWeek(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("peel-slot-2005", "DJs named to fill Peel's slot", "2005-02-01", "Arts Desk",
		[]facts.Entity{
			{ID: "da-bank", Name: "Rob Da Bank", Kind: "person", Title: "dance DJ"},
			{ID: "kwame", Name: "Ras Kwame", Kind: "person"},
		},
		deskFact("thursday", "Dance DJ Rob Da Bank will present the show on Thursdays.", "da-bank"),
		deskFact("homegrown", "Ras Kwame is host of 100% Homegrown on 1Xtra, Radio 1's digital station.", "kwame"),
	)))
	ans, err := ask("Which day is Rob Da Bank's show?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Thursdays") {
		t.Errorf("found %v %q; want Thursdays", ans.Found, ans.Answer)
	}
}

// TestAsk_WhatTimeAsksAClock: "What time...?" asks a time of day or a time
// run, so a fact that places the race only in a season ("earlier this
// season") does not answer "What time did McIlroy clock in Erfurt?"; a slot
// written as a 24-hour time ("the 2300 slot") answers "What time is
// Stephens's slot?", and "at 1945 GMT" when the match kicks off.
func TestAsk_WhatTimeAsksAClock(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("mcilroy-2005", "McIlroy eyes Madrid", "2005-02-10", "Sport Desk",
		[]facts.Entity{
			{ID: "mcilroy", Name: "James McIlroy", Kind: "person", Aliases: []string{"McIlroy"}},
			{ID: "stephens", Name: "Huw Stephens", Kind: "person", Aliases: []string{"Stephens"}},
		},
		deskFact("times", "McIlroy produced world-class times in the 800m and 1000m at major races in Erfurt and Stuttgart earlier this season.", "mcilroy"),
		deskFact("slot", "Rock DJ Huw Stephens will go on air in the 2300 slot every Tuesday.", "stephens"),
		deskFact("kickoff", "The match in Lisbon now kicks off at 1945 GMT on Wednesday.", ""),
	)))
	ans, err := ask("What time did McIlroy clock in Erfurt?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; a season is no time run", ans.Answer)
	}
	answersWith(t, ask, map[string]string{
		"What time is Stephens's slot?":      "2300",
		"What time does the match kick off?": "1945",
	})
}
