package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// tokenService gives how long a code lasts, not what the service costs, and
// how far a wait grew.
func tokenService() *facts.StoryFile {
	return deskStory("token-service-2005", "Bank offers login tokens", "2005-01-10", "Tech Desk",
		[]facts.Entity{
			{ID: "northbank", Name: "Northbank", Kind: "organization"},
		},
		deskFact("token", "Northbank lets customers pay monthly for a login token service, with a code valid for 60 seconds.", "northbank"),
		facts.Fact{ID: "fraud", Statement: "Police have charged a man over a fraud at a Northbank branch in Leeds.",
			Source: "desk", Status: facts.StatusApproved},
		deskFact("waits", "Northbank's waits for new cards grew by three weeks.", "northbank"),
	)
}

// TestAsk_AmountNotDuration: "How much does Northbank charge?" is not
// answered by how long a code lasts; "By how much did waits grow?" is
// answered by the weeks they grew by.
func TestAsk_AmountNotDuration(t *testing.T) {
	ask := asker(indextest.Story(t, tokenService()))
	ans, err := ask("How much does Northbank charge a month for the login token service?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("charge: answered %q; 60 seconds is how long the code lasts", ans.Answer)
	}
	ans, err = ask("By how much did Northbank's waits for new cards grow?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(strings.ToLower(ans.Answer), "three weeks") {
		t.Errorf("waits: found %v %q; want it to lead with three weeks", ans.Found, ans.Answer)
	}
}

// TestAsk_HowOftenWithoutFigure: "every month" says how often, though it
// gives no figure.
func TestAsk_HowOftenWithoutFigure(t *testing.T) {
	ask := asker(indextest.Story(t, &facts.StoryFile{
		Story:   facts.Story{ID: "music-service-2004", Title: "Music service launches", Date: "2004-10-10"},
		Sources: []facts.Source{{ID: "desk", Title: "Music", Publisher: "Tech Desk", Published: "2004-10-10"}},
		Facts: []facts.Fact{
			{ID: "renew", Statement: "Users must renew their licence every month or the songs stop playing.", Source: "desk", Status: facts.StatusApproved},
			{ID: "price", Statement: "The service costs $15 a month for unlimited downloads.", Source: "desk", Status: facts.StatusApproved},
		},
	}))
	ans, err := ask("How often must users renew their licence?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "music-service-2004/renew" {
		t.Errorf("found %v %q; want the licence renewed every month", ans.Found, ans.Answer)
	}
}

// TestAsk_HowOftenByAWordOfTime: "daily" and "weekly" say how often, every
// day or week; "early" and "only" say no such thing.
func TestAsk_HowOftenByAWordOfTime(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("bail-2005", "Singer bailed", "2005-02-04", "Arts Desk",
		[]facts.Entity{{ID: "doherty", Name: "Pete Doherty", Kind: "person", Aliases: []string{"Doherty"}}},
		deskFact("report", "Doherty must report daily to a local police station.", "doherty"),
		deskFact("sign", "Doherty must sign on early at the job centre.", "doherty"),
	)))
	answersWith(t, ask, map[string]string{
		"How often must Doherty report to the police?": "daily",
		"How often must Doherty sign on?":              "",
	})
}

// TestAsk_HowOftenAsksARate: "How often...?" asks a rate ("every two
// years") or a number of times ("for the 13th time"), and a fact giving
// only what the prize is worth answers neither.
func TestAsk_HowOftenAsksARate(t *testing.T) {
	story := deskStory("harbour-prize-2005", "Harbour Prize shortlist", "2005-01-18", "Arts Desk",
		[]facts.Entity{
			{ID: "prize", Name: "Harbour Prize", Kind: "event"},
			{ID: "quill", Name: "Quill Press", Kind: "organization"},
		},
		deskFact("worth", "The new Harbour Prize award is worth £20,000.", "prize"),
		deskFact("third", "Quill Press has won the Harbour Prize for the 13th time.", "quill"),
	)
	answersWith(t, asker(indextest.Story(t, story)), map[string]string{
		"How often will the Harbour Prize be awarded?":     "",
		"How often has Quill Press won the Harbour Prize?": "13th time",
	})
	story.Facts = append(story.Facts, deskFact("often", "The Harbour Prize will be awarded once every two years.", "prize"))
	answersWith(t, asker(indextest.Story(t, story)), map[string]string{
		"How often will the Harbour Prize be awarded?": "every two years",
	})
}

// TestAsk_AmountNotPlaceInOrder: "How much has the film made?" is not
// answered by how long it spent at number one: "number one" is a place in
// the chart, no amount, and three weeks is how long. A fact that gives a
// sum answers it.
func TestAsk_AmountNotPlaceInOrder(t *testing.T) {
	story := deskStory("fockers-2005", "De Niro film leads box office", "2005-01-31", "Arts Desk",
		[]facts.Entity{{ID: "fockers", Name: "Meet The Fockers", Kind: "other"}},
		deskFact("weeks", "De Niro spent three weeks at number one with the comedy Meet The Fockers, which was at number five this week.", "fockers"),
	)
	ask := asker(indextest.Story(t, story))
	if ans, err := ask("How much has Meet The Fockers made in total?", facts.AskOptions{}); err != nil || ans.Found {
		t.Errorf("answered %q (%v); three weeks at number one is no amount", ans.Answer, err)
	}
	story.Facts = append(story.Facts, deskFact("takings", "Meet The Fockers has taken $270m in total.", "fockers"))
	ask = asker(indextest.Story(t, story))
	if ans, err := ask("How much has Meet The Fockers made in total?", facts.AskOptions{}); err != nil || !strings.Contains(ans.Answer, "$270m") {
		t.Errorf("answered %q (%v); want $270m", ans.Answer, err)
	}
}

// TestAsk_HowLongNotHowMany: "How long have the men been held?" asks a
// stretch of time, and a fact whose only figure counts the men ("12 men",
// a plural with no "s") does not give one; a fact that gives the years
// does.
func TestAsk_HowLongNotHowMany(t *testing.T) {
	story := deskStory("detainees-2004", "Detention ruled unlawful", "2004-12-16", "Politics Desk",
		[]facts.Entity{
			{ID: "lords", Name: "Law Lords", Kind: "organization"},
			{ID: "detainees", Name: "Belmarsh detainees", Kind: "group", Aliases: []string{"detainees", "the 12 men"}},
		},
		deskFact("ruling", "The Law Lords ruled that the detention of 12 men at Belmarsh prison was unlawful.", "detainees"),
	)
	ask := asker(indextest.Story(t, story))
	ans, err := ask("How long have the Belmarsh detainees been held?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; 12 men is no stretch of time", ans.Answer)
	}
	story.Facts = append(story.Facts, deskFact("held", "The detainees have been held without charge for three years.", "detainees"))
	ask = asker(indextest.Story(t, story))
	if ans, err = ask("How long have the Belmarsh detainees been held?", facts.AskOptions{}); err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "three years") {
		t.Errorf("found %v %q; want the three years", ans.Found, ans.Answer)
	}
}

// TestAsk_HowLongNotASum: "How long has Labour been in government?" asks a
// stretch of time, and a fact whose only figure is a sum ("£60bn more by
// 2008") or a share does not give one; a sum beside a stretch of time an
// ordinal gives ("in its fourth week in the charts") does.
func TestAsk_HowLongNotASum(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("labour-2005", "Brown rallies Labour", "2005-03-12", "Politics Desk",
		[]facts.Entity{
			{ID: "labour", Name: "Labour", Kind: "organization"},
			{ID: "incredibles", Name: "The Incredibles", Kind: "other"},
		},
		deskFact("spend", "Brown said a Labour government would spend £60bn more on hospitals and schools by 2008.", "labour"),
		deskFact("chart", "The Incredibles, in its fourth week in the charts, took $24.1m.", "incredibles"),
	)))
	ans, err := ask("How long has Labour been in government?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; £60bn is no stretch of time", ans.Answer)
	}
	answersWith(t, ask, map[string]string{"How long has The Incredibles been in the charts?": "fourth week"})
}

// TestAsk_HowLongNotABareNumber: "How long will Holmes be out?" asks a
// stretch of time, which "the 800m and 1500m" (numbers of nothing the fact
// says) is not; days of a month ("runs from 11 to 26 March") say how long
// something runs.
func TestAsk_HowLongNotABareNumber(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("holmes-2005", "Holmes out of Madrid", "2005-03-02", "Sport Desk",
		[]facts.Entity{
			{ID: "holmes", Name: "Kelly Holmes", Kind: "person", Aliases: []string{"Holmes"}},
			{ID: "festival", Name: "Brussels film festival", Kind: "event", Aliases: []string{"the festival"}},
		},
		deskFact("withdrawal", "Holmes has pulled out of the European Indoor Championships, where she was to run the 800m and 1500m, because of a hamstring injury.", "holmes"),
		deskFact("dates", "The Brussels film festival runs from 11 to 26 March.", "festival"),
	)))
	answersWith(t, ask, map[string]string{
		"How long will Holmes be out with her hamstring injury?": "",
		"How long does the Brussels film festival run?":          "11 to 26 March",
	})
}
