package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// cupTie is a football story that gives scores as copy writes them ("4-2",
// "1-0") and a nationality as news does ("their Welsh striker"), beside a
// city that is no one's nationality ("the Amsterdam club").
func cupTie() *facts.StoryFile {
	return deskStory("cup-2005", "Arsenal through on penalties", "2005-02-16", "Sport Desk",
		[]facts.Entity{
			{ID: "arsenal", Name: "Arsenal", Kind: "organization"},
			{ID: "blades", Name: "Sheffield United", Kind: "organization"},
			{ID: "bellamy", Name: "Craig Bellamy", Kind: "person", Aliases: []string{"Bellamy"}},
			{ID: "jol", Name: "Martin Jol", Kind: "person", Aliases: []string{"Jol"}},
			{ID: "ajax", Name: "Ajax", Kind: "organization"},
		},
		deskFact("shootout", "Arsenal beat Sheffield United 4-2 on penalties to reach the quarter-finals.", "arsenal"),
		deskFact("half-time", "Arsenal trailed 1-0 at half-time after a header from the Blades captain.", "arsenal"),
		deskFact("bellamy", "Newcastle have fined their Welsh striker Craig Bellamy two weeks' pay.", "bellamy"),
		deskFact("jol", "Ajax have refused to say whether Tottenham boss Martin Jol is on their shortlist to become the Amsterdam club's new coach.", "ajax"),
	)
}

// TestAsk_ScoreAndNationality: "What was the score...?" is answered by a
// score ("trailed 1-0 at half-time"), "What nationality is Bellamy?" by "their
// Welsh striker"; a city's name ("the Amsterdam club") is no one's nationality.
func TestAsk_ScoreAndNationality(t *testing.T) {
	ask := asker(besideBundled(t, cupTie()))
	for _, tc := range []struct{ q, want string }{
		{"What was the score at half-time?", "1-0"},
		{"What nationality is Bellamy?", "Welsh"},
	} {
		ans, err := ask(tc.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.Contains(ans.Answer, tc.want) {
			t.Errorf("%s: found %v %q; want %q", tc.q, ans.Found, ans.Answer, tc.want)
		}
	}
	ans, err := ask("What nationality is Martin Jol?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story does not give Jol's nationality", ans.Answer)
	}
}

// TestAsk_ScoreWithoutAScoreline: "What was the score against Lazio?" asks a
// score; a fact that holds the question's words ("scored both goals against
// Lazio") but gives none does not answer it.
func TestAsk_ScoreWithoutAScoreline(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("boro-2004", "Boro beat Lazio", "2004-11-05", "Sport Desk",
		[]facts.Entity{
			{ID: "zenden", Name: "Boudewijn Zenden", Kind: "person", Aliases: []string{"Zenden"}},
			{ID: "lazio", Name: "Lazio", Kind: "organization"},
		},
		deskFact("goals", "Middlesbrough forward Boudewijn Zenden scored both goals against Lazio.", "zenden"),
	)))
	ans, err := ask("What was the score against Lazio?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story gives no score", ans.Answer)
	}
}

// TestAsk_WhatIsTheirJob: "What is Sir Digby Jones's job?" is answered by
// the fact that names his office beside his name ("Sir Digby Jones,
// director general of the CBI, warned..."), not by one that holds a
// synonym of "job" in another sense ("the key word for British business").
func TestAsk_WhatIsTheirJob(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("budget-2005", "Brown warned against giveaway", "2005-03-14", "Politics Desk",
		[]facts.Entity{
			{ID: "jones", Name: "Sir Digby Jones", Kind: "person", Aliases: []string{"Jones"}},
			{ID: "cbi", Name: "CBI", Kind: "organization"},
		},
		deskFact("warning", "Sir Digby Jones, director general of the CBI, warned Brown not to spend extra cash on pre-election giveaways.", "jones"),
		deskFact("stability", "Jones said stability was the key word for British business.", "jones"),
	)))
	ans, err := ask("What is Sir Digby Jones's job?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "director general") {
		t.Errorf("found %v %q; want his office, director general of the CBI", ans.Found, ans.Answer)
	}
}

// TestAsk_WhichKindIsNamed: "Which union is Baume from?" asks for an
// organization, and a fact whose only names but his are people's ("Gordon
// Brown has criticised union leader Jonathan Baume") does not give it; one
// that names the union does.
func TestAsk_WhichKindIsNamed(t *testing.T) {
	story := func(fs ...facts.Fact) *facts.StoryFile {
		return deskStory("baume-2004", "Brown attacks union leader", "2004-12-01", "Politics Desk",
			[]facts.Entity{
				{ID: "baume", Name: "Jonathan Baume", Kind: "person", Aliases: []string{"Baume"}},
				{ID: "brown", Name: "Gordon Brown", Kind: "person", Aliases: []string{"Brown"}},
				{ID: "blair", Name: "Tony Blair", Kind: "person", Aliases: []string{"Blair"}},
				{ID: "fda", Name: "FDA", Kind: "organization"},
			}, fs...)
	}
	criticised := deskFact("criticised", "Gordon Brown has criticised union leader Jonathan Baume, who said conflict between the chancellor and Tony Blair was harming government.", "brown")
	ask := asker(besideBundled(t, story(criticised)))
	ans, err := ask("Which union is Jonathan Baume from?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story names no union", ans.Answer)
	}
	ask = asker(besideBundled(t, story(criticised, deskFact("fda", "Jonathan Baume, general secretary of the FDA union, said ministers were at odds.", "baume"))))
	ans, err = ask("Which union is Jonathan Baume from?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "FDA") {
		t.Errorf("found %v %q; want the FDA", ans.Found, ans.Answer)
	}
}

// TestAsk_SaidByWordAboutAnother: "What do the other parties say about the
// Lib Dems?" names its speakers by a word, not an entity of the knowledge
// base, and is answered by what "the other parties" say though the fact is
// about the Lib Dems, whom the question names as the topic.
func TestAsk_SaidByWordAboutAnother(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("libdems-2005", "Kennedy's hopes", "2005-02-10", "Politics Desk",
		[]facts.Entity{{ID: "libdems", Name: "Liberal Democrats", Kind: "organization", Aliases: []string{"Lib Dems"}}},
		deskFact("no-hopers", "The other parties say that in truth the Lib Dems are no hopers whose biggest effect will be to help opponents.", "libdems"),
		deskFact("seats", "The Lib Dems hope to win 30 more seats at the election.", "libdems"),
	)))
	ans, err := ask("What do the other parties say about the Lib Dems?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "no hopers") {
		t.Errorf("found %v %q; want what the other parties say", ans.Found, ans.Answer)
	}
}

// TestAsk_WhoseNounIsNoVerb: in "Whose son is Otis Ferry?" the word after
// "whose" is a noun, not an action Otis Ferry is acted on by, and a fact
// with him as its subject does not turn the question round.
func TestAsk_WhoseNounIsNoVerb(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("hunt-2004", "Protesters charged", "2004-09-16", "Politics Desk",
		[]facts.Entity{
			{ID: "otis", Name: "Otis Ferry", Kind: "person"},
			{ID: "bryan", Name: "Bryan Ferry", Kind: "person"},
		},
		deskFact("charged", "Those charged include Otis Ferry, aged 22, the son of rock star Bryan Ferry.", "otis"),
	)))
	ans, err := ask("Whose son is Otis Ferry?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Bryan Ferry") {
		t.Errorf("found %v %q; want Bryan Ferry", ans.Found, ans.Answer)
	}
}

// TestAsk_ResultNotRunningScore: "What was the score in Henman's win?" asks
// the result; "serving for the match at 5-4" and "a 4-0 lead" are scores the
// game stood at on its way, not its result.
func TestAsk_ResultNotRunningScore(t *testing.T) {
	story := func(fs ...facts.Fact) *facts.StoryFile {
		return deskStory("kooyong-2005", "Henman beats Nalbandian", "2005-01-12", "Sport Desk",
			[]facts.Entity{
				{ID: "henman", Name: "Tim Henman", Kind: "person", Aliases: []string{"Henman"}},
				{ID: "nalbandian", Name: "David Nalbandian", Kind: "person", Aliases: []string{"Nalbandian"}},
			}, fs...)
	}
	faltered := deskFact("faltered", "Henman only faltered when serving for the match at 5-4 against Nalbandian, but won the next two games.", "henman")
	lead := deskFact("lead", "Henman stormed into a 4-0 lead in the first set of his win over Nalbandian.", "henman")
	ask := asker(besideBundled(t, story(faltered, lead)))
	answersWith(t, ask, map[string]string{"What was the score in Henman's win over Nalbandian?": ""})
	ask = asker(besideBundled(t, story(faltered, lead, deskFact("result", "Henman won his match against Nalbandian 6-1 7-5.", "henman"))))
	answersWith(t, ask, map[string]string{"What was the score in Henman's win over Nalbandian?": "6-1 7-5"})
}

// TestAsk_ScoreOfTheGameDescribed: "What was the final score against
// Ireland?" is answered by the one result of the game the fact tells
// ("Ireland beat England 19-13"), though it says neither "final" nor
// "against"; a fact whose one score is one the game stood at ("led 15-6 at
// half-time") gives no final score.
func TestAsk_ScoreOfTheGameDescribed(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("six-nations-2005", "Ireland beat England", "2005-02-28", "Sport Desk",
		[]facts.Entity{
			{ID: "ireland", Name: "Ireland", Kind: "country"},
			{ID: "england", Name: "England", Kind: "country"},
			{ID: "wales", Name: "Wales", Kind: "country"},
			{ID: "france", Name: "France", Kind: "country"},
		},
		deskFact("result", "Ireland beat England 19-13 in Dublin on Sunday.", "ireland"),
		deskFact("paris", "France led Wales 15-6 at half-time in Paris.", "france"),
	)))
	answersWith(t, ask, map[string]string{
		"What was the final score against Ireland?":    "19-13",
		"What was the final score in the France game?": "",
	})
}
