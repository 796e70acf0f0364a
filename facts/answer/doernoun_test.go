package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// leakSuit tells of a lawsuit against someone the copy does not name.
func leakSuit() *facts.StoryFile {
	return deskStory("leak-suit-2005", "Maker sues over leaks", "2005-01-05", "Tech Desk",
		[]facts.Entity{
			{ID: "pomona", Name: "Pomona", Kind: "organization"},
		},
		deskFact("suit-2002", "In December 2002 Pomona sued a former contractor who allegedly posted drawings of its computer online.", "pomona"),
		deskFact("suit-now", "Pomona has filed a lawsuit to stop information about its future products leaking online.", "pomona"),
	)
}

// TestAsk_DoerByNoun: "Pomona sued a former contractor" answers "Who did
// Pomona sue in 2002?": the one sued is named by what he was, not by name.
// A fact with no such noun beside the act does not.
func TestAsk_DoerByNoun(t *testing.T) {
	ask := asker(indextest.Story(t, leakSuit()))
	ans, err := ask("Who did Pomona sue in 2002?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "former contractor") {
		t.Errorf("found %v %q; want the fact naming the contractor", ans.Found, ans.Answer)
	}
	ans, err = ask("Who did Pomona file a lawsuit against?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the fact names no one Pomona filed against", ans.Answer)
	}
}

// TestAsk_DoerByGroupNoun: "adopted by a family from the town" names who
// adopted Lucy by a noun for a group, as "a former contractor" names a
// person.
func TestAsk_DoerByGroupNoun(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("mp-daughter-2005", "MP meets long-lost daughter", "2005-02-06", "Politics Desk",
		[]facts.Entity{{ID: "lucy", Name: "Lucy Hayes", Kind: "person", Aliases: []string{"Lucy"}}},
		deskFact("adopted", "Lucy was adopted by a family from the town.", "lucy"),
		deskFact("letter", "Lucy wrote a letter to the MP in 2004.", "lucy"),
	)))
	ans, err := ask("Who adopted Lucy?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "a family from the town") {
		t.Errorf("found %v %q; want the fact naming the family", ans.Found, ans.Answer)
	}
}

// TestAsk_ActAsBareNounNamesNoDoer: "after complaints about the series"
// tells of complaining but not who complained; the channel the fact is about
// did not, and is no answer to "Who has complained about Siege?".
func TestAsk_ActAsBareNounNamesNoDoer(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("drama-row-2005", "Drama criticised", "2005-01-17", "Arts Desk",
		[]facts.Entity{
			{ID: "siege", Name: "Siege", Kind: "other"},
			{ID: "vox", Name: "Vox TV", Kind: "organization"},
		},
		deskFact("psa", "Vox TV, which airs Siege in the US, is showing announcements portraying Muslims positively after complaints about the series.", "vox"),
		deskFact("ratings", "Siege drew eight million viewers in its first week.", "siege"),
	)))
	ans, err := ask("Who has complained about Siege?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; no fact says who complained", ans.Answer)
	}
}

// TestAsk_ThingAsDoer: "Tunely is doing good business selling tracks"
// answers "Who is doing good business...?": a service the fact makes act
// is who the question asks for, though it is no person or body.
func TestAsk_ThingAsDoer(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("downloads-2005", "Single tracks sell", "2005-01-07", "Tech Desk",
		[]facts.Entity{
			{ID: "tunely", Name: "Tunely", Kind: "other"},
		},
		deskFact("business", "Tunely is doing good business selling individual tracks to player owners.", "tunely"),
		facts.Fact{ID: "albums", Statement: "Fans are moving away from albums to single tracks, a download chief said.",
			Source: "desk", Status: facts.StatusApproved},
	)))
	ans, err := ask("Who is doing good business selling single tracks?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Tunely") {
		t.Errorf("found %v %q; want the fact naming Tunely", ans.Found, ans.Answer)
	}
}

// TestAsk_ActOnlyInProspect: "Who won the show?" asks who did win; "Vic
// Reeves remains favourite to win the show" and "could still win" tell who
// may, and do not answer, while "went on to win the show" does.
func TestAsk_ActOnlyInProspect(t *testing.T) {
	story := func(statement string) *facts.StoryFile {
		return deskStory("celebrity-2004", "Jungle show final", "2004-12-06", "Arts Desk",
			[]facts.Entity{
				{ID: "reeves", Name: "Vic Reeves", Kind: "person", Aliases: []string{"Reeves"}},
				{ID: "show", Name: "I'm A Celebrity", Kind: "other", Aliases: []string{"the show"}},
			},
			deskFact("show", statement, "reeves"),
		)
	}
	ask := asker(besideBundled(t, story("Comedian Vic Reeves remains 3/1 favourite to win I'm A Celebrity.")))
	ans, err := ask("Who won I'm A Celebrity?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; he is only favourite to win", ans.Answer)
	}
	ask = asker(besideBundled(t, story("Comedian Vic Reeves went on to win I'm A Celebrity.")))
	ans, err = ask("Who won I'm A Celebrity?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Reeves") {
		t.Errorf("found %v %q; want Reeves, who went on to win", ans.Found, ans.Answer)
	}
	// After a modal, an adverb between: who may, not who did.
	ask = asker(besideBundled(t, story("Comedian Vic Reeves could still win I'm A Celebrity.")))
	if ans, err = ask("Who won I'm A Celebrity?", facts.AskOptions{}); err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; he only could win", ans.Answer)
	}
}

// TestAsk_AgentNounNamesTheDoer: "his killer, Warren Leblanc" names who
// killed him as "Leblanc killed him" would: a noun for the one who does the
// act (WordNet's person) is no mere thing said of it, as "his death" is.
// "Who killed Stefan Pakeerah?" is answered by it, not by the fact that
// tells only how he died.
func TestAsk_AgentNounNamesTheDoer(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("games-2005", "Games warning", "2005-02-05", "Politics Desk",
		[]facts.Entity{
			{ID: "stefan", Name: "Stefan Pakeerah", Kind: "person", Aliases: []string{"Stefan"}},
			{ID: "leblanc", Name: "Warren Leblanc", Kind: "person", Aliases: []string{"Leblanc"}},
		},
		deskFact("stabbed", "The parents of Stefan Pakeerah, stabbed to death in Leicester in February, blamed a video game.", "stefan"),
		deskFact("copied", "Stefan's mother said his killer, Warren Leblanc, 17, had copied scenes from the game.", "stefan"),
	)))
	answersWith(t, ask, map[string]string{"Who killed Stefan Pakeerah?": "Leblanc"})
}
