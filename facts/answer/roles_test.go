package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// ferryLoan is a small story whose fact holds the action a question asks
// about only as a noun: "a $2m loan".
func ferryLoan() *facts.StoryFile {
	v := 2000000.0
	return &facts.StoryFile{
		Story:   facts.Story{ID: "ferry-2024", Title: "Ferry line borrows to stay afloat", Date: "2024-06-12"},
		Sources: []facts.Source{{ID: "desk", Title: "Ferry loan", Publisher: "Island Post", Published: "2024-06-12"}},
		Entities: []facts.Entity{
			{ID: "ferries", Name: "Skerry Ferries", Kind: "organization", Aliases: []string{"Skerry"}},
			{ID: "bank", Name: "Coast Bank", Kind: "organization"},
		},
		Facts: []facts.Fact{
			{ID: "loan", Statement: "Skerry Ferries has agreed the terms of a $2m loan from Coast Bank.", Subject: "ferries",
				Predicate: "agreed a loan from", Object: "bank", Value: &v, Unit: "dollars", Source: "desk", Status: facts.StatusApproved},
			{ID: "routes", Statement: "Skerry Ferries will drop two winter routes.", Subject: "ferries", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_ActionAsANounTellsNoRoles: "Who is lending Skerry $2m?" gives
// Skerry as the one lent to; the fact says "Skerry Ferries has agreed ... a
// $2m loan from Coast Bank", where Skerry comes before the loan but does not
// lend: a noun says nothing of who acts, so no role is turned round.
func TestAsk_ActionAsANounTellsNoRoles(t *testing.T) {
	ans, err := asker(indextest.Story(t, ferryLoan()))("Who is lending Skerry $2m?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Coast Bank") {
		t.Errorf("found %v %q; want the loan from Coast Bank", ans.Found, ans.Answer)
	}
}

// harbourBoard is a small story whose chairman is named by his role beside
// a remark, and whose title gives two roles.
func harbourBoard() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "board-2024", Title: "Harbour board wants dredging money", Date: "2024-08-02"},
		Sources: []facts.Source{{ID: "desk", Title: "Dredging", Publisher: "Harbour Gazette", Published: "2024-08-02"}},
		Entities: []facts.Entity{
			{ID: "board", Name: "Harbour Board", Kind: "organization"},
			{ID: "ann-vale", Name: "Ann Vale", Kind: "person", Title: "councillor, chairman of the Harbour Board", Aliases: []string{"Vale"}},
			{ID: "tom-reed", Name: "Tom Reed", Kind: "person", Title: "retired harbour pilot", Aliases: []string{"Reed"}},
		},
		Facts: []facts.Fact{
			{ID: "vale-dredging", Statement: "Board chairman Ann Vale said the channel must be dredged before the winter storms.", Speaker: "ann-vale",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "budget", Statement: "The Harbour Board has asked the county for more money.", Subject: "board", Source: "desk", Status: facts.StatusApproved},
			{ID: "founded", Statement: "Tom Reed founded the Harbour Board in 1990.", Subject: "tom-reed", Object: "board",
				Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_WhoDoesTheWorkOfARole: "Who chairs the Harbour Board?" asks for
// its chairman, as "Who is the chairman of the Harbour Board?" does: the
// fact that names its chairman answers, though it says "chairman", not
// "chairs", and though the title gives another role first.
func TestAsk_WhoDoesTheWorkOfARole(t *testing.T) {
	ans, err := asker(indextest.Story(t, harbourBoard()))("Who chairs the Harbour Board?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Ann Vale") {
		t.Errorf("found %v %q; want its chairman, Ann Vale", ans.Found, ans.Answer)
	}
}

// TestAsk_WhoDidTheWorkOfARole: "Who founded the Harbour Board?" asks for
// its founder, and the fact that names who did the founding answers, though
// no title calls him its founder.
func TestAsk_WhoDidTheWorkOfARole(t *testing.T) {
	ans, err := asker(indextest.Story(t, harbourBoard()))("Who founded the Harbour Board?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Tom Reed") {
		t.Errorf("found %v %q; want Tom Reed, who founded it", ans.Found, ans.Answer)
	}
}

// TestAsk_CoordinatedTitle: "Chairman and chief executive Philip Knight"
// says he is the chairman, though another title stands between the role and
// his name. (A story of the development benchmark.)
func TestAsk_CoordinatedTitle(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev9/stories/bbc-business-310.yaml"))
	ans, err := ask("Who is Nike's chairman?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Philip Knight") {
		t.Errorf("found %v %q; want Philip Knight", ans.Found, ans.Answer)
	}
}

// TestAsk_WhichSubjectBeforePreposition: in "Which player was at the heart of
// Newcastle's attacking play?" the player asked for is the subject (the name
// after "at" is the preposition's object, not a subject of the question), so
// the fact naming Laurent Robert anywhere answers it. (A story of the
// development benchmark.)
func TestAsk_WhichSubjectBeforePreposition(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev8/stories/bbc-sport-144.yaml"))
	ans, err := ask("Which player was at the heart of Newcastle's attacking play?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Laurent Robert") {
		t.Errorf("found %v %q; want Laurent Robert", ans.Found, ans.Answer)
	}
}

// TestAsk_WhichSubjectBeforeParticiple: in "Which start-ups are making
// hybrid devices?" the participle follows its auxiliary at once: the
// start-ups asked for are the subject, named anywhere in the fact. (A story
// of the development benchmark.)
func TestAsk_WhichSubjectBeforeParticiple(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev9/stories/bbc-tech-185.yaml"))
	ans, err := ask("Which start-ups are making hybrid devices?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Gizmondo") {
		t.Errorf("found %v %q; want Gizmondo and Tapwave Zodiac", ans.Found, ans.Answer)
	}
}

// TestAsk_CapitalsNameAnEntity: "US" in capitals is the country, though "us"
// is a common word: "What is the OECD's 2005 forecast for US growth?" is not
// answered by the forecast for the OECD's members together. (A story of the
// development benchmark.)
func TestAsk_CapitalsNameAnEntity(t *testing.T) {
	ask := asker(indextest.Bundled(t, "../eval/testdata/realnews/dev13/stories/bbc-business-030.yaml"))
	ans, err := ask("What is the OECD's 2005 forcast for US growth?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found && ans.Facts[0].ID == "bbc-business-030/oecd-total" {
		t.Errorf("answered %q; that is the forecast for all 30 members, not the US", ans.Answer)
	}
}

// sixNationsInjury is a small story in which a captain is named by his
// country, and the other country of the match is named too.
func sixNationsInjury() *facts.StoryFile {
	return deskStory("six-nations-2005", "O'Driscoll out of Scotland match", "2005-02-24", "Sport Desk",
		[]facts.Entity{
			{ID: "odriscoll", Name: "Brian O'Driscoll", Kind: "person", Aliases: []string{"O'Driscoll"}},
			{ID: "ireland", Name: "Ireland", Kind: "country"},
			{ID: "scotland", Name: "Scotland", Kind: "country"},
		},
		deskFact("ruled-out", "Ireland captain Brian O'Driscoll has been ruled out of the match against Scotland on Saturday.", "odriscoll"),
	)
}

// TestAsk_RoleAtAnotherBody: "Ireland captain Brian O'Driscoll" is
// Ireland's captain, which is who "Who is the Ireland captain?" asks for;
// "Who is the Scotland captain?" asks for someone the story does not name,
// though Scotland is in the same fact.
func TestAsk_RoleAtAnotherBody(t *testing.T) {
	ask := asker(indextest.Story(t, sixNationsInjury()))
	ans, err := ask("Who is the Ireland captain?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "O'Driscoll") {
		t.Errorf("found %v %q; want O'Driscoll", ans.Found, ans.Answer)
	}
	ans, err = ask("Who is the Scotland captain?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: O'Driscoll captains Ireland", ans.Answer)
	}
}

// TestAsk_RoleAtAnotherBodyInAlias: "Foster's chief executive" is found
// whole, as an alias of the man who holds that role, yet the role is still
// Foster's: "Who is Southcorp's chief executive?" asks for someone the story
// does not name, though Southcorp is in the same fact.
func TestAsk_RoleAtAnotherBodyInAlias(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("wine-bid-2005", "Winemaker rejects Foster's offer", "2005-01-18", "Business Desk",
		[]facts.Entity{
			{ID: "ohoy", Name: "Trevor O'Hoy", Kind: "person", Title: "Foster's chief executive", Aliases: []string{"O'Hoy", "Foster's chief executive"}},
			{ID: "fosters", Name: "Foster's", Kind: "organization"},
			{ID: "southcorp", Name: "Southcorp", Kind: "organization"},
		},
		deskFact("transform", "Foster's chief executive Trevor O'Hoy said a combination of Foster's and Southcorp would transform the wine industry.", "ohoy"),
	)))
	ans, err := ask("Who is Foster's chief executive?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "O'Hoy") {
		t.Errorf("found %v %q; want O'Hoy", ans.Found, ans.Answer)
	}
	ans, err = ask("Who is Southcorp's chief executive?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: O'Hoy runs Foster's", ans.Answer)
	}
}

// TestAsk_RoleAtBodyNamedInAnotherForm: "the Tory co-chairman" is the one
// titled "Conservative co-chairman": the title names the Conservative Party
// by another form of one of its names, and the other chairman in the story
// is someone else's.
func TestAsk_RoleAtBodyNamedInAnotherForm(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("forum-2005", "Tories gather in Brighton", "2005-03-05", "Politics Desk",
		[]facts.Entity{
			{ID: "conservatives", Name: "Conservative Party", Kind: "organization", Aliases: []string{"Tories", "Tory", "Conservatives"}},
			{ID: "labour", Name: "Labour Party", Kind: "organization", Aliases: []string{"Labour"}},
			{ID: "liam-fox", Name: "Liam Fox", Kind: "person", Title: "Conservative co-chairman", Aliases: []string{"Fox"}},
			{ID: "ian-mccartney", Name: "Ian McCartney", Kind: "person", Title: "Labour chairman", Aliases: []string{"McCartney"}},
		},
		deskFact("pledges", "Fox said a Tory government would sort out the shambles of immigration.", "liam-fox"),
		deskFact("reply", "McCartney said the Tory plans on immigration did not add up.", "ian-mccartney"),
	)))
	ans, err := ask("What did the Tory co-chairman say about immigration?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "shambles") {
		t.Errorf("found %v %q; want what Fox said", ans.Found, ans.Answer)
	}
}

// TestAsk_YesNoRoleOfAnother: "Is Joe Pasquale a comedian?" is settled by a
// fact that says so beside his name, in a synonym ("Comic Joe Pasquale"),
// not by one where the role is another's ("Comedian Vic Reeves..., after Joe
// Pasquale").
func TestAsk_YesNoRoleOfAnother(t *testing.T) {
	story := func(withHis bool) *facts.StoryFile {
		sf := deskStory("jungle-2004", "Jungle show odds", "2004-12-01", "Arts Desk",
			[]facts.Entity{
				{ID: "pasquale", Name: "Joe Pasquale", Kind: "person", Aliases: []string{"Pasquale"}},
				{ID: "reeves", Name: "Vic Reeves", Kind: "person", Aliases: []string{"Reeves"}},
			},
			deskFact("reeves-odds", "Comedian Vic Reeves remains 3/1 favourite to win the show, after Joe Pasquale.", "reeves"),
		)
		if withHis {
			sf.Facts = append(sf.Facts, deskFact("pasquale-odds", "Comic Joe Pasquale remains odds-on favourite to win the reality show.", "pasquale"))
		}
		return sf
	}
	ask := asker(indextest.Story(t, story(false)))
	ans, err := ask("Is Joe Pasquale a comedian?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the comedian there is Reeves", ans.Answer)
	}
	ask = asker(indextest.Story(t, story(true)))
	ans, err = ask("Is Joe Pasquale a comedian?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "jungle-2004/pasquale-odds" {
		t.Errorf("found %v %q; want \"Comic Joe Pasquale\"", ans.Found, ans.Answer)
	}
}

// TestAsk_RoleOfAnUnrecordedOwner: "Ukraine's new president, Viktor
// Yushchenko" is Ukraine's president, though no curator recorded Ukraine and
// a word of the role stands between: "Who is the president of the World
// Economic Forum?" asks for someone the story does not name, though the forum
// is in the same fact.
func TestAsk_RoleOfAnUnrecordedOwner(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("davos-2005", "Davos forum opens", "2005-01-26", "Business Desk",
		[]facts.Entity{
			{ID: "wef", Name: "World Economic Forum", Kind: "organization", Aliases: []string{"Davos"}},
			{ID: "yushchenko", Name: "Viktor Yushchenko", Kind: "person", Aliases: []string{"Yushchenko"}},
		},
		deskFact("attending", "Ukraine's new president, Viktor Yushchenko, will also be at Davos.", "yushchenko"),
	)))
	ans, err := ask("Who is the president of the World Economic Forum?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the story names Ukraine's president, not the forum's", ans.Answer)
	}
}

// TestAsk_NounAfterAdjectiveTellsNoRoles: "Rovers have ... an outstanding
// manager in Sam Tate" names the manager by a noun after an adjective;
// Rovers, before it, is not the one managing, so "Who manages Rovers?" turns
// no role round and is answered.
func TestAsk_NounAfterAdjectiveTellsNoRoles(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("rovers-2005", "Rovers top the league", "2005-01-10", "Sport Desk",
		[]facts.Entity{
			{ID: "rovers", Name: "Rovers", Kind: "organization"},
			{ID: "tate", Name: "Sam Tate", Kind: "person", Aliases: []string{"Tate"}},
		},
		deskFact("strengths", "Rovers have strength in depth, great players, an outstanding manager in Sam Tate and finances no other club can match.", "rovers"),
	)))
	answersWith(t, ask, map[string]string{"Who manages Rovers?": "Sam Tate"})
}
