package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhenByEvent: a fact that places what it tells by another event,
// in a clause after "when", says when: "When does the band play speakers
// off?" is answered by "plays when speakers run over their time".
func TestAsk_WhenByEvent(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "gala-band", Title: "The gala band"},
		Sources: []facts.Source{{ID: "desk", Title: "Gala band", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "band", Name: "the house band", Kind: "group", Aliases: []string{"band"}},
		},
		Facts: []facts.Fact{
			{ID: "off", Statement: "The house band is asked to play speakers off when they run over their time.", Subject: "band", Source: "desk", Status: facts.StatusApproved},
		},
	}
	ans, err := asker(indextest.Story(t, sf))("When does the band play speakers off?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "run over") {
		t.Errorf("When does the band play speakers off? = %q (found %v), want when they run over their time", ans.Answer, ans.Found)
	}
}

// TestAsk_WhenByEventWhenever: "whenever" opens a clause that places what
// a fact tells by another event, as "when" does.
func TestAsk_WhenByEventWhenever(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("pc-worm-2004", "Screensaver floods spam sites", "2004-12-01", "Tech Desk",
		[]facts.Entity{{ID: "lycos", Name: "Lycos", Kind: "organization"}},
		deskFact("idle", "The Lycos screensaver sent data to spam sites whenever the PC was idle.", "lycos"),
	)))
	answersWith(t, ask, map[string]string{
		"When did the Lycos screensaver send data to spam sites?": "idle",
	})
}

// TestAsk_WhenClauseOfTheAskedEvent: a clause after "when" that tells the
// very event asked about places something else by it, and says nothing of
// when the event is: "frequencies freed up when the UK switches off its
// analogue signal" does not say when that will be.
func TestAsk_WhenClauseOfTheAskedEvent(t *testing.T) {
	ans, err := asker(indextest.Story(t, deskStory("switch-off", "Frequencies to be sold", "", "Wire",
		[]facts.Entity{
			{ID: "uk", Name: "the UK", Kind: "country", Aliases: []string{"UK"}},
			{ID: "watchdog", Name: "the watchdog", Kind: "organization"},
		},
		deskFact("freed", "The watchdog could sell frequencies freed up when the UK switches off its analogue TV signal.", "watchdog"),
	)))("When will the UK switch off its analogue signal?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: the fact does not say when", ans.Answer)
	}
}

// TestAsk_WhenClauseAfterTheAskedEvent: "at the last general election, when
// immigration became a campaigning issue" tells what happened at the
// election, not when it is; after an event not asked ("began after the
// election, when ministers announced it") the clause still says when.
func TestAsk_WhenClauseAfterTheAskedEvent(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("asylum-2005", "Immigration to be election issue", "2005-02-08", "Politics Desk",
		[]facts.Entity{
			{ID: "election", Name: "general election", Kind: "event"},
			{ID: "review", Name: "asylum review", Kind: "event"},
		},
		deskFact("last", "The same was true at the last general election, when immigration became a campaigning issue.", "election"),
		deskFact("review", "The asylum review began after the general election, when ministers announced it.", "review"),
	)))
	answersWith(t, ask, map[string]string{
		"When is the general election?":     "",
		"When did the asylum review begin?": "ministers announced",
	})
}

// TestAsk_EditionIsNoTime: "at this year's Brit Awards" says which Brits,
// not when they are: "When are the Brit Awards being held?" is not answered
// by it, and is by a fact that gives the day.
func TestAsk_EditionIsNoTime(t *testing.T) {
	story := func(fs ...facts.Fact) askFunc {
		return asker(besideBundled(t, deskStory("brits-2005", "U2 up for Brit", "2005-01-11", "Arts Desk",
			[]facts.Entity{
				{ID: "brits", Name: "Brit Awards", Kind: "event", Aliases: []string{"Brits"}},
				{ID: "u2", Name: "U2", Kind: "group"},
			}, fs...)))
	}
	nominated := deskFact("nominated", "U2 are nominated for best international album at this year's Brit Awards.", "u2")
	answersWith(t, story(nominated), map[string]string{"When are the Brit Awards being held?": ""})
	answersWith(t, story(nominated, deskFact("date", "The Brit Awards take place on 9 February.", "brits")), map[string]string{
		"When are the Brit Awards being held?": "9 February",
	})
}
