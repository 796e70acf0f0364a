package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_OriginBesideTheName: "Where is Patty Schnyder from?" is answered
// by the fact that sets a place beside her name ("Patty Schnyder from
// Switzerland"), not left unanswered for another fact about her that names a
// place beside someone else ("China's Li Na"); and "Which country is
// Conchita Martinez from?" by "Conchita Martinez of Spain" over "Nathalie
// Dechy of France".
func TestAsk_OriginBesideTheName(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("dubai-2005", "Davenport through in Dubai", "2005-02-23", "Sport Desk",
		[]facts.Entity{
			{ID: "schnyder", Name: "Patty Schnyder", Kind: "person", Aliases: []string{"Schnyder"}},
			{ID: "myskina", Name: "Anastasia Myskina", Kind: "person", Aliases: []string{"Myskina"}},
			{ID: "li", Name: "Li Na", Kind: "person"},
			{ID: "martinez", Name: "Conchita Martinez", Kind: "person", Aliases: []string{"Martinez"}},
			{ID: "dechy", Name: "Nathalie Dechy", Kind: "person", Aliases: []string{"Dechy"}},
		},
		deskFact("faces", "Myskina will face eighth seed Patty Schnyder from Switzerland.", "myskina"),
		deskFact("beat-li", "Patty Schnyder defeated China's Li Na 6-3 7-6.", "schnyder"),
		deskFact("ousted", "Conchita Martinez ousted seventh-seeded Nathalie Dechy of France 6-1 6-2.", "martinez"),
		deskFact("quarters", "American Lindsay Davenport will face fellow former Wimbledon champion Conchita Martinez of Spain in the quarter-finals.", "martinez"),
	)))
	for _, tt := range []struct{ q, want, fact string }{
		{"Where is Patty Schnyder from?", "Switzerland", "dubai-2005/faces"},
		{"Which country is Conchita Martinez from?", "Spain", "dubai-2005/quarters"},
	} {
		ans, err := ask(tt.q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.Contains(ans.Answer, tt.want) || len(ans.Facts) == 0 || ans.Facts[0].ID != tt.fact {
			t.Errorf("%q: found %v %q citing %v; want %q from %s", tt.q, ans.Found, ans.Answer, ans.Facts, tt.want, tt.fact)
		}
	}
}

// TestAsk_OriginOpensTheTitle: a nationality may open the words that
// describe someone ("Israeli technology firm Celltick"), and be one WordNet
// knows as a person or a language first ("Israeli", "Swiss"); "Where is
// Celltick from?" is answered by it, not by another fact that names a place
// beside another firm. A word of saying is no title: "The American said
// Melzer played better" does not say where Melzer is from, "Austria's
// Jurgen Melzer" does.
func TestAsk_OriginOpensTheTitle(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("celltick-2005", "Phone screens carry news", "2005-01-20", "Tech Desk",
		[]facts.Entity{
			{ID: "celltick", Name: "Celltick", Kind: "organization"},
			{ID: "hutch", Name: "Hutch India", Kind: "organization"},
			{ID: "melzer", Name: "Jurgen Melzer", Kind: "person", Aliases: []string{"Melzer"}},
		},
		deskFact("first-user", "One of the first firms to use the Celltick service is Hutch India, the largest mobile firm in India.", "hutch"),
		deskFact("broadcast", "Israeli technology firm Celltick has found a way to broadcast data across phone networks.", "celltick"),
		deskFact("better", "The American said Melzer played much better than him.", "melzer"),
		deskFact("beat", "Austria's Jurgen Melzer beat him twice last year.", "melzer"),
	)))
	answersWith(t, ask, map[string]string{
		"Where is Celltick from?": "Israeli",
		"Where is Melzer from?":   "Austria",
	})
}

// TestAsk_TwoWordNationality: a nationality of two words ("South African
// referee Jonathan Kaplan") says where someone is from, over another fact
// about him that names a nationality beside something else ("the Irish
// line").
func TestAsk_TwoWordNationality(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("dublin-2005", "Robinson blasts officials", "2005-02-27", "Sport Desk",
		[]facts.Entity{
			{ID: "kaplan", Name: "Jonathan Kaplan", Kind: "person", Aliases: []string{"Kaplan"}},
			{ID: "lewsey", Name: "Josh Lewsey", Kind: "person", Aliases: []string{"Lewsey"}},
		},
		deskFact("no-referral", "Kaplan chose not to consult the fourth official when Josh Lewsey took the ball over the Irish line.", "kaplan"),
		deskFact("ruling", "South African referee Jonathan Kaplan ruled that Cueto was offside.", "kaplan"),
	)))
	answersWith(t, ask, map[string]string{"Where is Kaplan from?": "South African"})
}

// TestAsk_PlaceBeforeTheTitle: a place alone before the words that describe
// someone says where they are from ("Glasgow group Franz Ferdinand"), over
// another fact that only names them.
func TestAsk_PlaceBeforeTheTitle(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("brits-2005", "Franz Ferdinand win two Brits", "2005-02-10", "Arts Desk",
		[]facts.Entity{
			{ID: "franz", Name: "Franz Ferdinand", Kind: "group"},
			{ID: "peel", Name: "John Peel", Kind: "person"},
		},
		deskFact("two", "Glasgow group Franz Ferdinand, shortlisted in five categories, won two prizes.", "franz"),
		deskFact("peel", "Franz Ferdinand dedicated their best British group award to the late DJ John Peel.", "franz"),
	)))
	answersWith(t, ask, map[string]string{"Where are Franz Ferdinand from?": "Glasgow"})
}

// TestAsk_OriginInTheAlias: "the Bristol band", the curator's alias for
// Portishead, sets a place beside the band as "British group Portishead"
// does: the one does not put the other out of the running, and the fact that
// names Bristol answers.
func TestAsk_OriginInTheAlias(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("portishead-2005", "Portishead back", "2005-01-20", "Arts Desk",
		[]facts.Entity{
			{ID: "portishead", Name: "Portishead", Kind: "group", Aliases: []string{"the Bristol band"}},
		},
		deskFact("album", "Cult British group Portishead are writing their third album, their first in eight years.", "portishead"),
		deskFact("show", "The album news follows confirmation that the Bristol band will play a charity show at the Bristol Academy next month.", "portishead"),
	)))
	answersWith(t, ask, map[string]string{"Where are Portishead from?": "Bristol"})
}

// TestAsk_NationalityAsked: "What nationality is Holcim?" is answered, as
// "Which country...?" is, by the fact that sets a nationality beside the
// name ("Swiss cement firm Holcim"), not by one that gives another's
// ("two Indian cement firms").
func TestAsk_NationalityAsked(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("holcim-2005", "Holcim bids for ACC", "2005-01-20", "Business Desk",
		[]facts.Entity{{ID: "holcim", Name: "Holcim", Kind: "organization"}},
		deskFact("bid", "Swiss cement firm Holcim has bid $800m to buy two cement firms.", "holcim"),
		deskFact("indian", "Holcim will buy two Indian cement firms and a holding company.", "holcim"),
	)))
	answersWith(t, ask, map[string]string{"What nationality is Holcim?": "Swiss"})
}

// TestAsk_ComeFromAsksOrigin: "Where does Joss Stone come from?" asks what
// "Where is Joss Stone from?" does, and is answered by the place after a
// fact's own "from" though the fact has no "come"; "Where does she go?" is
// not, nor is an origin question of a thing no fact places.
func TestAsk_ComeFromAsksOrigin(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("rich-2005", "Young music millionaires", "2005-04-03", "Arts Desk",
		[]facts.Entity{
			{ID: "stone", Name: "Joss Stone", Kind: "person", Aliases: []string{"Stone"}},
			{ID: "church", Name: "Charlotte Church", Kind: "person", Aliases: []string{"Church"}},
		},
		deskFact("singer", "Joss Stone is a 17-year-old soul singer from Devon.", "stone"),
		deskFact("list", "Charlotte Church tops the list of young music millionaires with £25m.", "church"),
	)))
	answersWith(t, ask, map[string]string{"Where does Joss Stone come from?": "Devon"})
	for _, q := range []string{"Where does Charlotte Church come from?", "Where does Joss Stone go?"} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found {
			t.Errorf("%q answered %q; no fact says it", q, ans.Answer)
		}
	}
}

// TestAsk_NationalityBeforeTheName: "Russian Dmitriy Bogdanov" names
// Bogdanov, the nationality before his name being no first name of another
// man's, and says what "What nationality is Bogdanov?" asks.
func TestAsk_NationalityBeforeTheName(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("madrid-2005", "McIlroy eyes Madrid", "2005-03-02", "Sport Desk",
		[]facts.Entity{
			{ID: "bogdanov", Name: "Dmitriy Bogdanov", Kind: "person", Aliases: []string{"Bogdanov"}},
		},
		deskFact("won", "Russian Dmitriy Bogdanov won at the same Madrid venue last week.", "bogdanov"),
		deskFact("claimed", "Bogdanov claimed the race would be between himself, Dutchman Arnoud Okken and Antonio Reina of Spain.", "bogdanov"),
	)))
	answersWith(t, ask, map[string]string{"What nationality is Bogdanov?": "Russian"})
}
