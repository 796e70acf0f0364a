package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// sportsRoundup gives several figures of different kinds in each fact.
func sportsRoundup() *facts.StoryFile {
	return deskStory("roundup-2005", "Weekend roundup", "2005-02-14", "Sport Desk",
		[]facts.Entity{
			{ID: "okafor", Name: "Ada Okafor", Kind: "person", Aliases: []string{"Okafor"}},
			{ID: "tynemouth", Name: "Tynemouth", Kind: "organization"},
			{ID: "rivers", Name: "Dan Rivers", Kind: "person", Aliases: []string{"Rivers"}},
			{ID: "lighthouse", Name: "The Lighthouse", Kind: "work"},
		},
		deskFact("jump", "Okafor, who had not competed indoors for five years, jumped 6.50m on her last attempt.", "okafor"),
		facts.Fact{ID: "fine", Statement: "Tynemouth have fined Dan Rivers two weeks' pay, roughly £80,000, over a row with the coach.",
			Subject: "tynemouth", Object: "rivers", Source: "desk", Status: facts.StatusApproved},
		deskFact("charts", "The Lighthouse, in its fourth week in the charts, took $24.1m.", "lighthouse"),
	)
}

// TestAsk_FigureOfTheKindAsked: the answer leads with the figure of the
// kind the question's "how" asks for: a distance for "how far", a sum for
// "how much" (bounded as the story bounds it: "roughly £80,000"), a stretch
// of time for "how long".
func TestAsk_FigureOfTheKindAsked(t *testing.T) {
	ask := asker(indextest.Story(t, sportsRoundup()))
	for q, want := range map[string]string{
		"How far did Okafor jump?":                        "6.50m",
		"How much was Dan Rivers fined?":                  "roughly £80,000",
		"How long has The Lighthouse been in the charts?": "fourth week",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.HasPrefix(strings.ToLower(ans.Answer), want) {
			t.Errorf("%q: found %v %q; want it to lead with %s", q, ans.Found, ans.Answer, want)
		}
	}
}

// TestAsk_YesNoLeadOnlyWhenPlain: a yes-no answer leads with Yes or No only
// when the fact says the act plainly; when another verb governs it ("declined
// to reveal") or a negation further before may turn it round ("no evidence
// any player was injured"), or it says the verb twice, read otherwise each
// time, the fact alone answers. A negation after the verb is of what follows
// it, but for "no" or "nothing" right after it ("signed no contract"). A phrasal
// verb ("rule out") is said by its words together.
func TestAsk_YesNoLeadOnlyWhenPlain(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("club-fee-2005", "Club keeps fee quiet", "2005-03-01", "Sport Desk",
		[]facts.Entity{
			{ID: "reyes", Name: "Tom Reyes", Kind: "person", Aliases: []string{"Reyes"}},
			{ID: "harbour-city", Name: "Harbour City", Kind: "organization"},
		},
		deskFact("fee", "Reyes declined to reveal the transfer fee.", "reyes"),
		facts.Fact{ID: "crash", Statement: "Harbour City said there was no evidence any player was injured in the coach crash.",
			Speaker: "harbour-city", Source: "desk", Status: facts.StatusApproved},
		facts.Fact{ID: "tackles", Statement: "Harbour City bans tackling in training and said there was no evidence any player was tackled late.",
			Speaker: "harbour-city", Source: "desk", Status: facts.StatusApproved},
		deskFact("move", "Reyes did not rule out a move abroad.", "reyes"),
		deskFact("help", "Reyes offered help to the youth team but said the club would not be moved on wages.", "reyes"),
		deskFact("contract", "Reyes signed no contract and said the people who picked him knew nothing of the fee.", "reyes"),
	)))
	for _, tt := range []struct{ q, lead string }{
		{"Did Reyes reveal the transfer fee?", ""},
		{"Was any player injured in the coach crash?", ""},
		{"Did Reyes offer help to the youth team?", "Yes"},
		{"Was any player tackled late in training?", ""}, // "bans tackling" read plainly, "no evidence ... tackled" not
		{"Did Reyes rule out a move abroad?", "No"},      // the phrase itself, not its verb alone
		{"Did Reyes sign a contract?", "No"},             // what he signed is none
	} {
		ans, err := ask(tt.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || ans.Lead != tt.lead {
			t.Errorf("%q: found %v, lead %q, want %q (%q)", tt.q, ans.Found, ans.Lead, tt.lead, ans.Answer)
		}
	}
}

// TestAsk_ShareLeadsWhole: a figure that is a share of another ("one in
// five") leads as the share, not as one of its numbers.
func TestAsk_ShareLeadsWhole(t *testing.T) {
	ask := asker(indextest.Story(t, &facts.StoryFile{
		Story:   facts.Story{ID: "players-2005", Title: "Music players survey", Date: "2005-03-01"},
		Sources: []facts.Source{{ID: "desk", Title: "Survey", Publisher: "Tech Desk", Published: "2005-03-01"}},
		Facts: []facts.Fact{
			{ID: "young", Statement: "Almost one in five Americans under 30 own an MP3 player.", Source: "desk", Status: facts.StatusApproved},
			{ID: "survey", Statement: "The survey was carried out by telephone in February.", Source: "desk", Status: facts.StatusApproved},
		},
	}))
	ans, err := ask("How many Americans under 30 own an MP3 player?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "Almost one in five") {
		t.Errorf("found %v %q; want it to lead with almost one in five", ans.Found, ans.Answer)
	}
}

// TestAsk_DayOfPossessiveLeads: "Sunday's final" is on Sunday: the lead is
// the day, not "Sunday's".
func TestAsk_DayOfPossessiveLeads(t *testing.T) {
	ask := asker(indextest.Story(t, &facts.StoryFile{
		Story:   facts.Story{ID: "indoors-2005", Title: "Indoor trials", Date: "2005-02-12"},
		Sources: []facts.Source{{ID: "desk", Title: "Trials", Publisher: "Sport Desk", Published: "2005-02-12"}},
		Facts: []facts.Fact{
			{ID: "heats", Statement: "McIlroy won his 800m heat to set up Sunday's final.", Source: "desk", Status: facts.StatusApproved},
			{ID: "jump", Statement: "Johnson jumped 6.50m on her last attempt.", Source: "desk", Status: facts.StatusApproved},
		},
	}))
	ans, err := ask("When is the 800m final?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "Sunday.") {
		t.Errorf("found %v %q; want it to lead with Sunday", ans.Found, ans.Answer)
	}
}

// TestAsk_YesNoNoLeadWithoutVerb: when the question's verb is too common a
// word to be read ("know"), the word taken for it ("people", after "the")
// is no verb, and a fact that says that word says nothing of Yes or No.
func TestAsk_YesNoNoLeadWithoutVerb(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("candidate-2005", "Candidate suspended", "2005-01-20", "Politics Desk",
		[]facts.Entity{{ID: "lane", Name: "Robert Lane", Kind: "person", Aliases: []string{"Lane"}}},
		deskFact("views", "A party spokesman said the people who selected Lane knew nothing of his views.", ""),
	)))
	ans, err := ask("Did the people who picked Lane know about his views?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Lead != "" {
		t.Errorf("found %v %q; want the fact with no Yes or No", ans.Found, ans.Answer)
	}
}

// TestAsk_FigureLeadOfTheAskedTimeAndNotTheQuestions: the lead is the figure
// of the time the question asks about ("3.9% this year", not "2.9% next
// year"), and never the question's own figure, though the question writes
// it in words ("top ten") and the fact in digits ("top 10"), which is the
// same word.
func TestAsk_FigureLeadOfTheAskedTimeAndNotTheQuestions(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("figures-2005", "Figures", "2005-01-20", "Desk",
		[]facts.Entity{
			{ID: "germany", Name: "Germany", Kind: "country"},
			{ID: "tru", Name: "Tru", Kind: "group"},
		},
		deskFact("deficit", "The EU expects Germany's deficit to fall to 2.9% of GDP next year, from 3.9% this year.", "germany"),
		deskFact("albums", "Tru had two US top 10 albums in the 1990s.", "tru"),
	)))
	for q, want := range map[string]string{
		"What is Germany's deficit this year?":                  "3.9%",
		"How many US top ten albums did Tru have in the 1990s?": "two",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.HasPrefix(strings.ToLower(ans.Lead), want) {
			t.Errorf("%q: found %v, lead %q (%q); want it to lead with %q", q, ans.Found, ans.Lead, ans.Answer, want)
		}
	}
}
