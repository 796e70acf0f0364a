package answer_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// dockStrike is a small story whose facts are worded otherwise than a
// reporter's questions about them.
func dockStrike() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "dock-strike-2024", Title: "Dockers threaten action over pay", Date: "2024-05-02"},
		Sources: []facts.Source{{ID: "desk", Title: "Dock dispute", Publisher: "Harbour Gazette", Published: "2024-05-02"}},
		Entities: []facts.Entity{
			{ID: "dockers-union", Name: "Harbour Workers Union", Kind: "organization", Aliases: []string{"the union"}},
			{ID: "port-walkout", Name: "port walkout", Kind: "event", Aliases: []string{"the strike", "walkout"}},
			{ID: "ann-lee", Name: "Ann Lee", Kind: "person", Title: "deputy general secretary of the Harbour Workers Union", Aliases: []string{"Lee"}},
		},
		Facts: []facts.Fact{
			{ID: "no-rule-out", Statement: "The Harbour Workers Union did not rule out a strike.", Subject: "dockers-union",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "lee-talks", Statement: "Ann Lee, deputy general secretary of the dockers' organisation, said talks would resume on Monday.", Speaker: "ann-lee",
				Quote: "We will be back at the table on Monday.", Source: "desk", Status: facts.StatusApproved},
			{ID: "offer-insult", Statement: "The Harbour Workers Union called the pay offer an insult.", Speaker: "dockers-union",
				Quote: "This offer is an insult to every docker.", Source: "desk", Status: facts.StatusApproved},
			{ID: "offer-ballot", Statement: "The Harbour Workers Union will ballot its members on the pay offer next week.", Subject: "dockers-union",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "job-cuts", Statement: "The port is cutting 120 docker jobs this year.", Source: "desk", Status: facts.StatusApproved},
			{ID: "pier-nine", Statement: "Cranes at Pier Nine stood idle on Monday.", Source: "desk", Status: facts.StatusApproved},
			{ID: "no-raise", Statement: "The port will not raise its offer again.", Source: "desk", Status: facts.StatusApproved},
			{ID: "pay-offer", Statement: "The port offered dockers a 3% pay rise.", Source: "desk", Status: facts.StatusApproved},
			{ID: "offer-final", Statement: "A senior port manager said the offer was final.", Source: "desk", Status: facts.StatusApproved},
			{ID: "claim-rejected", Statement: "On Tuesday the port rejected the Harbour Workers Union's claim for more pay.", Object: "dockers-union",
				Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_CommonNounNamesAKind: an entity the question names with a common
// noun is also answered by a fact that says one of its names as a plain word.
func TestAsk_CommonNounNamesAKind(t *testing.T) {
	ask := asker(indextest.Story(t, dockStrike()))
	ans, err := ask("Did the union rule out a walkout?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "dock-strike-2024/no-rule-out" {
		t.Errorf("found %v %q; want the fact that says a strike is not ruled out", ans.Found, ans.Answer)
	}
}

// TestAsk_RoleHolderAtTheBodyAsked: "Who is the <body> <role>?" is answered by
// a fact that gives someone that role beside their name, when their recorded
// title places it at the body, though the fact does not name the body; the
// role must be the one asked, not one like it.
func TestAsk_RoleHolderAtTheBodyAsked(t *testing.T) {
	ask := asker(indextest.Story(t, dockStrike()))
	ans, err := ask("Who is the Harbour Workers Union deputy general secretary?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "dock-strike-2024/lee-talks" {
		t.Errorf("found %v %q; want Ann Lee's fact", ans.Found, ans.Answer)
	}
	ans, err = ask("Who is the Harbour Workers Union general secretary?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: a deputy general secretary is not the general secretary", ans.Answer)
	}
}

// TestAsk_ReactionIsWhatWasSaid: a word that is a form of a verb of telling
// ("reaction": "react") asks what the one named said, as the verb does.
func TestAsk_ReactionIsWhatWasSaid(t *testing.T) {
	ask := asker(indextest.Story(t, dockStrike()))
	ans, err := ask("What was the Harbour Workers Union's reaction?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !slices.ContainsFunc(ans.Facts, func(f facts.AnswerFact) bool { return f.ID == "dock-strike-2024/offer-insult" }) {
		t.Errorf("found %v %q; want what the union said of the offer", ans.Found, ans.Answer)
	}
}

// TestAsk_FigureOfWhatIsCounted: a how-many question is answered by the fact
// giving a figure of the thing it counts when the fact says the act asked
// about; the figure alone does not answer a question of another act ("adding"
// for cutting: "US firms added 146,000 jobs" is no answer to how many were
// lost), nor one that names a place the fact does not.
func TestAsk_FigureOfWhatIsCounted(t *testing.T) {
	ask := asker(indextest.Story(t, dockStrike()))
	ans, err := ask("How many docker jobs is the port cutting?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "dock-strike-2024/job-cuts" {
		t.Errorf("found %v %q; want the 120 jobs", ans.Found, ans.Answer)
	}
	for _, q := range []string{"How many docker jobs is the port adding?", "How many docker jobs is the port cutting at Pier Nine?"} {
		ans, err = ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found {
			t.Errorf("%q answered %q: the fact says neither", q, ans.Answer)
		}
	}
	ask = asker(besideBundled(t, deskStory("us-jobs-2005", "US job growth slows", "2005-02-04", "Business Desk",
		[]facts.Entity{{ID: "us", Name: "United States", Kind: "country", Aliases: []string{"US"}}},
		deskFact("january-jobs", "US firms added only 146,000 jobs in January, according to Labor Department figures.", "us"),
		deskFact("factories", "Manufacturing in the US has been hit hard by competition from Asia.", "us"),
	)))
	q := "How many jobs were lost in US manufacturing in January?"
	if ans, err = ask(q, facts.AskOptions{}); err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("%q answered %q: the jobs were added, and not in manufacturing", q, ans.Answer)
	}
}

// TestAsk_GoingToIsTheFuture: "Is X going to ...?" asks what X will do; the
// fact need not say "going".
func TestAsk_GoingToIsTheFuture(t *testing.T) {
	ask := asker(indextest.Story(t, dockStrike()))
	ans, err := ask("Is the port going to raise its offer?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "dock-strike-2024/no-raise" {
		t.Errorf("found %v %q; want that the port will not raise its offer", ans.Found, ans.Answer)
	}
}

// TestAsk_SemiModalsAreTheFuture: "be set to", "be due to" say, as "be
// going to" does, what is to come: the fact says it its own way ("will
// ballot"), and "set" or "due" is no word it must hold.
func TestAsk_SemiModalsAreTheFuture(t *testing.T) {
	ask := asker(indextest.Story(t, dockStrike()))
	for _, q := range []string{"Who is the union set to ballot?", "When is the union due to ballot?"} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || ans.Facts[0].ID != "dock-strike-2024/offer-ballot" {
			t.Errorf("%q: found %v %q; want the ballot of its members next week", q, ans.Found, ans.Answer)
		}
	}
}

// TestAsk_DueBeforeAParticle: "due in court", "due out" say what is expected,
// as "due to appear" does: "due" is no word the fact must hold.
func TestAsk_DueBeforeAParticle(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("hunt-protest-2004", "Protesters charged", "2004-09-17", "Politics Desk",
		[]facts.Entity{{ID: "protesters", Name: "pro-hunt protesters", Kind: "group", Aliases: []string{"protesters"}}},
		deskFact("court", "The three protesters will appear at Bow Street Magistrates' Court on 21 December.", "protesters"),
	)))
	ans, err := ask("When are the protesters due in court?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "21 December") {
		t.Errorf("found %v %q; want 21 December", ans.Found, ans.Answer)
	}
}

// TestAsk_ActionHeldAheadOfTheRest: a fact that holds the very action asked
// about, well ahead of every other fact, answers though it lacks a word of
// the rest of the question; a yes-no question still needs its words.
func TestAsk_ActionHeldAheadOfTheRest(t *testing.T) {
	ask := asker(besideBundled(t, dockStrike()))
	ans, err := ask("What jobs is the port cutting this year for its members?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "dock-strike-2024/job-cuts" {
		t.Errorf("found %v %q; want the job cuts", ans.Found, ans.Answer)
	}
	ans, err = ask("Is the port cutting jobs this year for its members?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: a yes or no turns on every word, and the fact does not say it is for its members", ans.Answer)
	}
}

// TestAsk_WhatTheyHaveSaidAheadOfTheRest: for "What did X say about...?" the
// action asked is X saying: what X said, well ahead of every other fact,
// answers though it words the topic otherwise in part.
func TestAsk_WhatTheyHaveSaidAheadOfTheRest(t *testing.T) {
	ask := asker(besideBundled(t, dockStrike()))
	ans, err := ask("What did the Harbour Workers Union say about the salary offer to dockers?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "dock-strike-2024/offer-insult" {
		t.Errorf("found %v %q; want what the union said of the offer", ans.Found, ans.Answer)
	}
}

// TestAsk_CompoundSaidApart: a compound noun of the question ("pay claim")
// is held by a fact that says its words apart ("its claim for more pay"),
// though not as surely as by the compound itself.
func TestAsk_CompoundSaidApart(t *testing.T) {
	ask := asker(indextest.Story(t, dockStrike()))
	ans, err := ask("When was the pay claim rejected?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "dock-strike-2024/claim-rejected" {
		t.Errorf("found %v %q; want the claim rejected on Tuesday", ans.Found, ans.Answer)
	}
}

// TestAsk_PrepositionRelatesOnly: a preposition of the question ("against")
// relates its words rather than naming what is asked, and the fact may word
// the relation otherwise ("called the pay offer an insult"): it weighs
// little. A content word the fact lacks ("dispute") still counts in full.
func TestAsk_PrepositionRelatesOnly(t *testing.T) {
	ask := asker(besideBundled(t, dockStrike()))
	ans, err := ask("What did the Harbour Workers Union say against the pay offer?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "dock-strike-2024/offer-insult" {
		t.Errorf("found %v %q; want what the union called the offer", ans.Found, ans.Answer)
	}
	ans, err = ask("What did the union call the offer during the dispute?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: no fact speaks of a dispute", ans.Answer)
	}
}

// TestAsk_FormOfAStopword: "happening" and "getting" say no more than
// "happened" and "gets", which are stopwords: a fact need not hold them.
func TestAsk_FormOfAStopword(t *testing.T) {
	ask := asker(indextest.Story(t, dockStrike()))
	for q, want := range map[string]string{
		"What is happening to docker jobs?":  "dock-strike-2024/job-cuts",
		"What pay rise are dockers getting?": "dock-strike-2024/pay-offer",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || ans.Facts[0].ID != want {
			t.Errorf("%s: found %v %q; want %s", q, ans.Found, ans.Answer, want)
		}
	}
}

// TestAsk_SaidBySomeoneNamedByAWord: "What did the manager say...?" names
// the speaker by a word, no entity: a fact reporting the one that word names
// saying it ("A senior port manager said") is what they said.
func TestAsk_SaidBySomeoneNamedByAWord(t *testing.T) {
	ask := asker(indextest.Story(t, dockStrike()))
	ans, err := ask("What did the manager say about the offer?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "dock-strike-2024/offer-final" {
		t.Errorf("found %v %q; want what the manager said", ans.Found, ans.Answer)
	}
}

// TestAsk_WordOfTheNameAsked: a word of the question may be matched, by a
// word related to it, in the name of an entity the question names ("the
// Harbour Testing lab": "Harbour Testing Laboratory"), though not in the
// names of others.
func TestAsk_WordOfTheNameAsked(t *testing.T) {
	sf := dockStrike()
	sf.Entities = append(sf.Entities, facts.Entity{ID: "test-lab", Name: "Harbour Testing Laboratory", Kind: "organization", Aliases: []string{"Harbour Testing"}})
	sf.Facts = append(sf.Facts, facts.Fact{ID: "lab-cranes", Statement: "The Harbour Testing Laboratory is charged with checking the cranes.", Subject: "test-lab",
		Source: "desk", Status: facts.StatusApproved})
	ask := asker(indextest.Story(t, sf))
	ans, err := ask("What is the Harbour Testing lab charged with?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "dock-strike-2024/lab-cranes" {
		t.Errorf("found %v %q; want the laboratory's charge", ans.Found, ans.Answer)
	}
}

// TestAsk_AgeInYearsOld: "How old is X?" is answered by "X is 52 years old",
// not by another figure about X.
func TestAsk_AgeInYearsOld(t *testing.T) {
	sf := dockStrike()
	sf.Facts = append(sf.Facts,
		facts.Fact{ID: "lee-strikes", Statement: "Ann Lee has led 3 strikes at the port.", Subject: "ann-lee", Source: "desk", Status: facts.StatusApproved},
		facts.Fact{ID: "lee-age", Statement: "Ann Lee is 52 years old.", Subject: "ann-lee", Source: "desk", Status: facts.StatusApproved})
	ask := asker(indextest.Story(t, sf))
	ans, err := ask("How old is Ann Lee?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "dock-strike-2024/lee-age" {
		t.Errorf("found %v %q; want her age", ans.Found, ans.Answer)
	}
}

// TestAsk_MarginOverFactsThatCouldAnswer: a fact far ahead of every other
// fact that could answer may miss a word of the question, though a fact of
// the same event that names nothing new ties with it: that one is no rival
// for "Which...?".
func TestAsk_MarginOverFactsThatCouldAnswer(t *testing.T) {
	sf := dockStrike()
	sf.Facts = append(sf.Facts,
		facts.Fact{ID: "move-pier", Statement: "The Harbour Workers Union will move its headquarters to Albert Pier.", Subject: "dockers-union",
			Source: "desk", Status: facts.StatusApproved},
		facts.Fact{ID: "move-why", Statement: "The Harbour Workers Union will shift its headquarters to another pier to save rent.", Subject: "dockers-union",
			Source: "desk", Status: facts.StatusApproved})
	ask := asker(indextest.Story(t, sf))
	ans, err := ask("Which pier will the union shift its headquarters to?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "dock-strike-2024/move-pier" {
		t.Errorf("found %v %q; want the pier", ans.Found, ans.Answer)
	}
}

// TestAsk_PhrasalVerbBySynonymOfItsVerb: a phrasal verb ("thinking of") is
// held by a synonym of its verb in the verb's main sense ("considering").
func TestAsk_PhrasalVerbBySynonymOfItsVerb(t *testing.T) {
	sf := dockStrike()
	sf.Facts = append(sf.Facts,
		facts.Fact{ID: "pier-sale", Statement: "The port is considering selling Albert Pier to a developer.", Source: "desk", Status: facts.StatusApproved})
	ask := asker(indextest.Story(t, sf))
	ans, err := ask("What is the port thinking of selling?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "dock-strike-2024/pier-sale" {
		t.Errorf("found %v %q; want what the port is considering selling", ans.Found, ans.Answer)
	}
}

// TestAsk_WhyBecauseAheadOfTo: for "Why...?", a fact that gives a cause with
// "because" is ahead of one of the same event whose "to" may give none,
// though both hold the question's words alike.
func TestAsk_WhyBecauseAheadOfTo(t *testing.T) {
	sf := dockStrike()
	sf.Facts = append(sf.Facts,
		facts.Fact{ID: "pier-close-why", Statement: "The port is closing Albert Pier because repairs would cost too much.", Source: "desk", Status: facts.StatusApproved},
		facts.Fact{ID: "pier-close-jobs", Statement: "Forty dockers are expected to lose their jobs when the port closes Albert Pier.", Source: "desk", Status: facts.StatusApproved})
	ask := asker(indextest.Story(t, sf))
	ans, err := ask("Why is the port shutting Albert Pier?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "dock-strike-2024/pier-close-why" {
		t.Errorf("found %v %q; want why the pier is closing", ans.Found, ans.Answer)
	}
}

// TestAsk_WhoTwoFactsOneAnswer: two facts of the action asked about that
// name the same one as doing it agree on the answer: neither is the other's
// rival, though they hold the question's words alike. Facts that name
// different ones stay rivals.
func TestAsk_WhoTwoFactsOneAnswer(t *testing.T) {
	for _, c := range []struct {
		filer string
		found bool
	}{{"Ann Lee", true}, {"the Harbour Workers Union", false}} {
		sf := dockStrike()
		sf.Facts = append(sf.Facts,
			facts.Fact{ID: "lee-complaint", Statement: "Ann Lee filed a complaint about safety at the port.", Subject: "ann-lee", Source: "desk", Status: facts.StatusApproved},
			facts.Fact{ID: "complaint-studied", Statement: "The port is studying the complaint " + c.filer + " filed on Monday.", Source: "desk", Status: facts.StatusApproved})
		ask := asker(indextest.Story(t, sf))
		ans, err := ask("Who filed the pay complaint about the port?", facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != c.found || c.found && !strings.Contains(ans.Answer, "Ann Lee") {
			t.Errorf("%s filed: found %v %q; want found %v", c.filer, ans.Found, ans.Answer, c.found)
		}
	}
}

// TestAsk_CountedWithItsVerb: a fact far ahead of the rest that gives a
// figure of the very thing a how-many question counts, and says its act
// ("fixed"), answers though it lacks another of the question's words
// ("latest").
func TestAsk_CountedWithItsVerb(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("ms-patches-2005", "Microsoft patches Windows", "2005-02-09", "Tech Desk",
		[]facts.Entity{{ID: "microsoft", Name: "Microsoft", Kind: "organization"}},
		deskFact("bulletin", "Microsoft's monthly bulletin fixed eight critical holes in Windows and Office.", "microsoft"),
		deskFact("browser", "Microsoft is working on a new version of its Internet Explorer browser.", "microsoft"),
	)))
	ans, err := ask("How many critical holes did the latest bulletin fix?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "eight critical holes") {
		t.Errorf("found %v %q; want eight critical holes", ans.Found, ans.Answer)
	}
}

// TestAsk_PhraseWordForWord: "Who walked out of Celebrity Big Brother?"
// reads "walked out of" as WordNet's phrase (to leave in protest), and a
// fact that says the phrase word for word holds it, though the small words
// of it are no index terms.
func TestAsk_PhraseWordForWord(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("cbb-2005", "Greer quits Big Brother", "2005-01-14", "Entertainment Desk",
		[]facts.Entity{
			{ID: "cbb", Name: "Celebrity Big Brother", Kind: "other"},
			{ID: "greer", Name: "Germaine Greer", Kind: "person", Aliases: []string{"Greer"}},
		},
		deskFact("quit", "Germaine Greer walked out of Celebrity Big Brother, the Channel 4 reality show.", "greer"),
		deskFact("bullying", "Greer said the show's bullying tactics could encourage bullying in school playgrounds.", "greer"),
	)))
	ans, err := ask("Who walked out of Celebrity Big Brother?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Greer") {
		t.Errorf("found %v %q; want Germaine Greer", ans.Found, ans.Answer)
	}
}

// TestAsk_NamedPhraseBySynonym: "Academy Award" is a name the knowledge
// base has no entity for, but WordNet knows it as a phrase, and "Oscar" as
// its synonym: a fact that says "won an Oscar" gives it.
func TestAsk_NamedPhraseBySynonym(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("conti-2005", "Conti leads the Oscars orchestra", "2005-02-25", "Entertainment Desk",
		[]facts.Entity{{ID: "conti", Name: "Bill Conti", Kind: "person", Aliases: []string{"Conti"}}},
		deskFact("oscar", "Conti won an Oscar in 1983 for the original score of The Right Stuff.", "conti"),
		deskFact("seventeenth", "This year is Conti's 17th time in charge of the orchestra.", "conti"),
	)))
	ans, err := ask("When did Conti win his Academy Award?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "1983") {
		t.Errorf("found %v %q; want 1983", ans.Found, ans.Answer)
	}
}
