package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// passcodeDeals is a small story whose facts name the firms without saying
// what they are: the entities' titles do.
func passcodeDeals() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "passcodes-2005", Title: "Passcodes for online banking", Date: "2005-01-20"},
		Sources: []facts.Source{{ID: "desk", Title: "Passcodes", Publisher: "Tech Desk", Published: "2005-01-20"}},
		Entities: []facts.Entity{
			{ID: "rsa", Name: "RSA Security", Kind: "organization", Aliases: []string{"RSA"}},
			{ID: "aol", Name: "AOL", Kind: "organization", Title: "internet provider"},
			{ID: "barclays", Name: "Barclays", Kind: "organization", Title: "high street bank"},
		},
		Facts: []facts.Fact{
			{ID: "deal", Statement: "RSA has a deal with AOL letting people pay monthly for a one-time passcode service.",
				Subject: "rsa", Source: "desk", Status: facts.StatusApproved},
			{ID: "trial", Statement: "Barclays is testing passcode tokens with a few thousand customers.",
				Subject: "barclays", Source: "desk", Status: facts.StatusApproved},
			{ID: "survey", Statement: "Most customers said they were fed up with passwords.",
				Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_FocusNounInTitle: the noun after "which" names the kind of answer
// wanted, and a fact that names an entity titled so gives one, though the
// fact does not say the noun; an entity of another title does not.
func TestAsk_FocusNounInTitle(t *testing.T) {
	ask := asker(besideBundled(t, passcodeDeals()))
	ans, err := ask("Which internet provider has a passcode deal with RSA?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "passcodes-2005/deal" {
		t.Errorf("found %v %q; want the deal with AOL", ans.Found, ans.Answer)
	}
	ans, err = ask("Which internet provider is testing passcode tokens?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: Barclays is a bank, no internet provider", ans.Answer)
	}
}

// TestAsk_FocusSaidOnlyAsAsked: "What initiatives did Prescott announce?"
// asks which; a fact that says there were new initiatives, in the
// question's own words, does not say which, and one that names the thing
// beside its noun ("a groin injury") does, or after the nouns of its phrase
// the question says too ("safety measures like crash barriers" for "What
// safety measures...?").
func TestAsk_FocusSaidOnlyAsAsked(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("regions-2005", "Prescott on regional gaps", "2005-01-20", "Politics Desk",
		[]facts.Entity{
			{ID: "prescott", Name: "John Prescott", Kind: "person", Title: "Deputy Prime Minister", Aliases: []string{"Prescott"}},
			{ID: "mido", Name: "Mido", Kind: "person", Title: "Tottenham striker"},
		},
		deskFact("before", "Prescott said the report was completed before new initiatives were announced.", "prescott"),
		deskFact("injury", "Mido said he had a groin injury and would miss the match.", "mido"),
		deskFact("measures", "Prescott has introduced safety measures like crash barriers and speed cameras on rural roads.", "prescott"),
	)))
	ans, err := ask("What new initiatives did Prescott announce?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the fact does not say which initiatives", ans.Answer)
	}
	ans, err = ask("What injury did Mido say he had?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "groin") {
		t.Errorf("found %v %q; want the groin injury", ans.Found, ans.Answer)
	}
	ans, err = ask("What safety measures has Prescott introduced?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "crash barriers") {
		t.Errorf("found %v %q; want the crash barriers", ans.Found, ans.Answer)
	}
}

// TestAsk_FocusCountedNotNamed: "Many laptop makers have committed to..."
// says that some did, not which: it does not answer "Which laptop makers
// have committed...?", while a fact that names them does.
func TestAsk_FocusCountedNotNamed(t *testing.T) {
	story := func(statement string) *facts.StoryFile {
		return deskStory("laptops-2005", "Intel pushes for longer battery life", "2005-03-02", "Tech Desk",
			[]facts.Entity{{ID: "intel", Name: "Intel", Kind: "organization"}},
			deskFact("screens", statement, "intel"),
		)
	}
	ask := asker(besideBundled(t, story("Many laptop makers have committed to creating 14 and 15 inch screens that draw only three watts of power.")))
	ans, err := ask("Which laptop makers have committed to three-watt screens?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the fact does not say which makers", ans.Answer)
	}
	ask = asker(besideBundled(t, story("Laptop makers Dell and Acer have committed to creating 14 and 15 inch screens that draw only three watts of power.")))
	ans, err = ask("Which laptop makers have committed to three-watt screens?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Dell") {
		t.Errorf("found %v %q; want Dell and Acer", ans.Found, ans.Answer)
	}
}

// TestAsk_NamedBesideTheFocus: "Which agencies cut Marsh's credit
// rating?" is answered by a fact far ahead of the rest that names the
// agencies beside the noun, though it says the cut in other words
// ("downgrade"), and so is "What agencies...?"; "A US TV station has refused to show..." names no
// station, only where it is, and does not answer which one.
func TestAsk_NamedBesideTheFocus(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("marsh-2004", "Marsh downgraded", "2004-11-20", "Business Desk",
		[]facts.Entity{
			{ID: "marsh", Name: "Marsh & McLennan", Kind: "organization", Aliases: []string{"Marsh"}},
			{ID: "fox", Name: "Fox", Kind: "organization"},
		},
		deskFact("downgrades", "Uncertainty over the scandal has led three credit rating agencies, Standard & Poor's, Moody's and Fitch, to downgrade Marsh in recent weeks.", "marsh"),
		deskFact("refusal", "A US TV station has refused to show a controversial new Fox series about adopted children.", "fox"),
	)))
	ans, err := ask("Which agencies cut Marsh's credit rating?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Moody's") {
		t.Errorf("found %v %q; want the agencies named", ans.Found, ans.Answer)
	}
	ans, err = ask("What agencies cut Marsh's rating?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Fitch") {
		t.Errorf("what agencies: found %v %q; want them named, as for which", ans.Found, ans.Answer)
	}
	ans, err = ask("Which station refused to air the Fox show?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the fact names no station", ans.Answer)
	}
}

// TestAsk_FocusOnlyIndefinite: "Which newspaper said England were number
// one?" is not answered by "a newspaper declared...": the fact says one
// did, not which; "a hamstring injury" says which injury.
func TestAsk_FocusOnlyIndefinite(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("rugby-2005", "England lose again", "2005-02-14", "Sport Desk",
		[]facts.Entity{
			{ID: "england", Name: "England", Kind: "group"},
			{ID: "odriscoll", Name: "Brian O'Driscoll", Kind: "person", Title: "Ireland captain", Aliases: []string{"O'Driscoll"}},
		},
		deskFact("claim", "Last Saturday a newspaper declared that England were still the world's number one side, a claim made to look foolish at Twickenham.", "england"),
		deskFact("injury", "O'Driscoll has a hamstring injury and may miss the match.", "odriscoll"),
	)))
	ans, err := ask("Which newspaper said England were number one?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the fact names no newspaper", ans.Answer)
	}
	ans, err = ask("What injury does O'Driscoll have?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "hamstring") {
		t.Errorf("found %v %q; want the hamstring injury", ans.Found, ans.Answer)
	}
}

// TestAsk_WhichByWhatFollows: "Which issues were not properly addressed?" is
// answered by "issues like energy needs and transport", the words after the
// noun singling them out; "issues for October" says when, and "issues were
// not properly addressed" alone says there were some, not which.
func TestAsk_WhichByWhatFollows(t *testing.T) {
	for _, tt := range []struct {
		statement string
		found     bool
	}{
		{"The committee said issues like energy needs and transport were not properly addressed.", true},
		{"The committee said issues for October were not properly addressed.", false},
		{"The committee said issues were not properly addressed.", false},
	} {
		ask := asker(besideBundled(t, deskStory("manifesto-2005", "Committee criticises plan", "2005-02-01", "Politics Desk",
			[]facts.Entity{{ID: "committee", Name: "the committee", Kind: "group"}},
			deskFact("issues", tt.statement, "committee"),
		)))
		ans, err := ask("Which issues were not properly addressed according to the committee?", facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != tt.found {
			t.Errorf("%q: found %v %q; want found %v", tt.statement, ans.Found, ans.Answer, tt.found)
		}
	}
}

// TestAsk_NameBeforeTheFocusNoun: "Which Hollywood icon did Cate Blanchett
// play?" asks for an icon, a person, not a place like Hollywood: the name
// before the noun says which of its kind, so the fact that names the icon,
// a person, answers.
func TestAsk_NameBeforeTheFocusNoun(t *testing.T) {
	sf := deskStory("baftas-2005", "Stars at the Baftas", "2005-02-12", "Arts Desk",
		[]facts.Entity{
			{ID: "blanchett", Name: "Cate Blanchett", Kind: "person", Aliases: []string{"Blanchett"}},
			{ID: "hepburn", Name: "Katherine Hepburn", Kind: "person", Aliases: []string{"Hepburn"}},
			{ID: "aviator", Name: "The Aviator", Kind: "other"},
		},
		deskFact("role", "Cate Blanchett played Hollywood icon Katherine Hepburn in The Aviator.", "blanchett"),
		deskFact("dress", "Blanchett wore a shimmering Armani dress.", "blanchett"),
	)
	answersWith(t, asker(besideBundled(t, sf)), map[string]string{"Which Hollywood icon did Cate Blanchett play in The Aviator?": "Katherine Hepburn"})
}

// TestAsk_WhichPastTheFocusPhrase: "Which health effects did the film
// show?" is answered by words that say which after the whole of the
// question's phrase in the fact ("the health effects on his body"), not
// only after its first noun.
func TestAsk_WhichPastTheFocusPhrase(t *testing.T) {
	sf := deskStory("supersize-2004", "Fast food film", "2004-09-10", "Arts Desk",
		[]facts.Entity{{ID: "spurlock", Name: "Morgan Spurlock", Kind: "person", Aliases: []string{"Spurlock"}}},
		deskFact("effects", "The film showed the health effects on his body, including his liver and cholesterol levels.", "spurlock"),
		deskFact("diet", "Spurlock ate nothing but fast food for a month.", "spurlock"),
	)
	answersWith(t, asker(besideBundled(t, sf)), map[string]string{"Which health effects did the film show?": "liver"})
}

// TestAsk_KindAfterTheName: "Which eBay business boosted revenue?" names
// the body eBay and its kind ("business"); a fact that names eBay need not
// say "business" too: "Revenue was boosted by growth at PayPal, eBay's
// payment service."
func TestAsk_KindAfterTheName(t *testing.T) {
	sf := deskStory("ebay-2005", "eBay profits rise", "2005-01-20", "Business Desk",
		[]facts.Entity{
			{ID: "ebay", Name: "eBay", Kind: "organization"},
			{ID: "paypal", Name: "PayPal", Kind: "organization"},
		},
		deskFact("paypal", "Revenue was boosted by growth at PayPal, eBay's payment service.", "ebay"),
		deskFact("shares", "eBay stock dropped to $92.9 in after-hours trading.", "ebay"),
	)
	answersWith(t, asker(besideBundled(t, sf)), map[string]string{"Which eBay business boosted revenue?": "PayPal"})
}

// TestAsk_NamedThingOfTheKind: "Gunter Grass of Germany" names a country,
// as WordNet knows Germany, though the curator recorded no entity for it;
// "the London Marathon" names a city but does not say which city marathons
// she won, the city being no head of the question's noun phrase.
func TestAsk_NamedThingOfTheKind(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("prize-list-2005", "Prize list", "2005-01-18", "Arts Desk",
		[]facts.Entity{
			{ID: "grass", Name: "Gunter Grass", Kind: "person", Aliases: []string{"Grass"}},
			{ID: "radcliffe", Name: "Paula Radcliffe", Kind: "person", Aliases: []string{"Radcliffe"}},
		},
		deskFact("nominees", "Also nominated are Gunter Grass of Germany and Naguib Mahfouz of Egypt.", "grass"),
		deskFact("debut", "Radcliffe won the London Marathon in 2002 on her debut.", "radcliffe"),
	)))
	answersWith(t, ask, map[string]string{
		"Which country is Gunter Grass from?":     "Germany",
		"Which city marathons has Radcliffe won?": "",
	})
}

// TestAsk_WhichPastTheQuestionsWords: "a trend in California towards
// tougher privacy rights" says which trend after words the question says
// itself ("in California"); "a trend in California" alone does not.
func TestAsk_WhichPastTheQuestionsWords(t *testing.T) {
	story := func(statement string) askFunc {
		return asker(besideBundled(t, deskStory("spyware-2004", "California acts on spyware", "2004-12-30", "Tech Desk",
			[]facts.Entity{{ID: "california", Name: "California", Kind: "place"}},
			deskFact("trend", statement, "california"),
		)))
	}
	answersWith(t, story("The law continues a trend in California towards tougher privacy rights."), map[string]string{
		"What trend does the law continue in California?": "privacy rights",
	})
	answersWith(t, story("The law continues a trend in California."), map[string]string{
		"What trend does the law continue in California?": "",
	})
}
