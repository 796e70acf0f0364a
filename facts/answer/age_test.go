package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// hospitalEscape gives ages as news copy does, set off by commas after a
// name, for two people in one story.
func hospitalEscape() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "hospital-escape-2005", Title: "Patient escapes on visit", Date: "2005-01-19"},
		Sources: []facts.Source{{ID: "desk", Title: "Patient escapes", Publisher: "Scottish Desk", Published: "2005-01-19"}},
		Entities: []facts.Entity{
			{ID: "ferguson", Name: "Michael Ferguson", Kind: "person", Aliases: []string{"Ferguson"}},
			{ID: "holmes", Name: "Annabella Holmes", Kind: "person", Aliases: []string{"Holmes"}},
		},
		Facts: []facts.Fact{
			{ID: "escape", Statement: "Michael Ferguson, 36, escaped after being allowed out of the high-security hospital.",
				Subject: "ferguson", Source: "desk", Status: facts.StatusApproved},
			{ID: "fiancee", Statement: "Ferguson had been out to visit his fiancee Annabella Holmes, 47, whom he met at the hospital.",
				Subject: "ferguson", Source: "desk", Status: facts.StatusApproved},
			{ID: "hunt", Statement: "Police are still hunting Ferguson, who did not come back from a trip on Monday.",
				Subject: "ferguson", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_AgeAfterName: "Ferguson, 36," gives Ferguson's age, and
// "Annabella Holmes, 47," his fiancee's: each question gets its own.
func TestAsk_AgeAfterName(t *testing.T) {
	ask := asker(indextest.Story(t, hospitalEscape()))
	for q, want := range map[string]string{
		"How old is Michael Ferguson?":   "36",
		"How old is Ferguson's fiancee?": "47",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.HasPrefix(ans.Answer, want) {
			t.Errorf("%q: found %v %q; want it to lead with %s", q, ans.Found, ans.Answer, want)
		}
	}
}

// TestAsk_AgeLead: "a 21-year-old prop" gives the age as news copy writes
// it, and the answer leads with it whole.
func TestAsk_AgeLead(t *testing.T) {
	ask := asker(indextest.Story(t, &facts.StoryFile{
		Story:    facts.Story{ID: "prop-2005", Title: "Uncapped prop in squad", Date: "2005-01-18"},
		Sources:  []facts.Source{{ID: "desk", Title: "Squad named", Publisher: "Sport Desk", Published: "2005-01-18"}},
		Entities: []facts.Entity{{ID: "yates", Name: "Owen Yates", Kind: "person", Aliases: []string{"Yates"}}},
		Facts: []facts.Fact{
			{ID: "uncapped", Statement: "Yates, a 21-year-old prop, is the only uncapped player in the squad.",
				Subject: "yates", Source: "desk", Status: facts.StatusApproved},
		},
	}))
	ans, err := ask("How old is Owen Yates?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "21-year-old") {
		t.Errorf("found %v %q; want it to lead with 21-year-old", ans.Found, ans.Answer)
	}
}

// TestAsk_AgeOfSomeoneElse: "A 29-year-old nurse found Ferguson" gives the
// nurse's age, told before Ferguson is named, not his.
func TestAsk_AgeOfSomeoneElse(t *testing.T) {
	story := hospitalEscape()
	story.Facts = append(story.Facts, facts.Fact{ID: "nurse", Statement: "A 29-year-old nurse found Ferguson at a bus stop in Lanark.",
		Subject: "ferguson", Source: "desk", Status: facts.StatusApproved})
	ask := asker(indextest.Story(t, story))
	ans, err := ask("How old is Michael Ferguson?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "36") {
		t.Errorf("found %v %q; want it to lead with 36", ans.Found, ans.Answer)
	}
}

// TestAsk_AtTheAgeOf: "died in 1994 at the age of 72" gives an age, though
// the year beside it is a figure too: "How old was he when he died?" is
// answered by the age.
func TestAsk_AtTheAgeOf(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("tapes-2005", "Elvis tapes fail to sell", "2005-02-08", "Arts Desk",
		[]facts.Entity{{ID: "nogar", Name: "Thorne Nogar", Kind: "person", Title: "sound engineer", Aliases: []string{"Nogar"}}},
		deskFact("tapes", "Nogar always made two tapes of recording sessions as a back-up.", "nogar"),
		deskFact("death", "Thorne Nogar died in 1994 at the age of 72.", "nogar"),
	)))
	ans, err := ask("How old was the engineer when he died?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "72") {
		t.Errorf("found %v %q; want it to lead with the age, 72", ans.Found, ans.Answer)
	}
}

// TestAsk_AgeBeforeName: "The 30-year-old Campbell" and "17-year-old Italian
// striker Arturo Lupoli" give the named one's age before the name; "a
// 29-year-old nurse found Ferguson" gives the nurse's, not Ferguson's.
func TestAsk_AgeBeforeName(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("arsenal-2005", "Arsenal youngsters", "2005-02-10", "Sport Desk",
		[]facts.Entity{
			{ID: "campbell", Name: "Sol Campbell", Kind: "person", Aliases: []string{"Campbell"}},
			{ID: "lupoli", Name: "Arturo Lupoli", Kind: "person", Aliases: []string{"Lupoli"}},
			{ID: "ferguson", Name: "Michael Ferguson", Kind: "person", Aliases: []string{"Ferguson"}},
		},
		deskFact("contract", "The 30-year-old Campbell's current contract runs out in the summer.", "campbell"),
		deskFact("lupoli", "Arsenal paired 17-year-old Italian striker Arturo Lupoli with Robin van Persie.", "lupoli"),
		deskFact("found", "A 29-year-old nurse found Ferguson in a flat in Glasgow.", "ferguson"),
	)))
	for q, want := range map[string]string{"How old is Sol Campbell?": "30", "How old is Arturo Lupoli?": "17", "How old is Ferguson?": ""} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if want == "" && ans.Found || want != "" && (!ans.Found || !strings.HasPrefix(ans.Answer, want)) {
			t.Errorf("%q: found %v %q; want %q", q, ans.Found, ans.Answer, want)
		}
	}
}

// TestAsk_AgeInWords: "Nineteen-year-old Blazin' Squad singer Kenzie" gives
// his age in words; "when McFadden was two years old" gives an age then,
// not his age.
func TestAsk_AgeInWords(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("cbb-final-2005", "Kenzie favourite", "2005-01-27", "Entertainment Desk",
		[]facts.Entity{
			{ID: "kenzie", Name: "Kenzie", Kind: "person", Title: "Blazin' Squad singer"},
			{ID: "mcfadden", Name: "Brian McFadden", Kind: "person", Aliases: []string{"McFadden"}},
		},
		deskFact("favourite", "Nineteen-year-old Blazin' Squad singer Kenzie is now favourite to win the show.", "kenzie"),
		deskFact("punishment", "Corporal punishment was outlawed in Irish schools in 1982, when McFadden was two years old.", "mcfadden"),
	)))
	ans, err := ask("How old is Kenzie?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(strings.ToLower(ans.Answer), "nineteen") {
		t.Errorf("found %v %q; want nineteen", ans.Found, ans.Answer)
	}
	ans, err = ask("How old is McFadden?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; the fact gives his age in 1982", ans.Answer)
	}
}

// TestAsk_AgeThenAndNow: an age at a time the fact tells ("was 18 when",
// "adopted at four weeks old", "by the age of 40", "became a councillor at
// 25") answers "How old was X when...?" but is not the age "How old is X?"
// asks; "Hague, who is 43," is.
func TestAsk_AgeThenAndNow(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("mp-daughter-2005", "MP meets long-lost daughter", "2005-02-06", "Politics Desk",
		[]facts.Entity{
			{ID: "pound", Name: "Stephen Pound", Kind: "person", Aliases: []string{"Pound"}},
			{ID: "lucy", Name: "Lucy", Kind: "person"},
		},
		deskFact("conceived", "Stephen Pound was 18 when Lucy was conceived.", "pound"),
		deskFact("adopted", "Lucy was adopted at four weeks old.", "lucy"),
		deskFact("career", "Pound said he had crammed a whole political career in by the age of 40.", "pound"),
		deskFact("now", "Pound, who is 56, told the paper that he was delighted.", "pound"),
		deskFact("councillor", "Pound became a councillor in Ealing at 25.", "pound"),
	)))
	for q, want := range map[string]string{
		"How old was Pound when Lucy was conceived?":     "18",
		"How old was Lucy when she was adopted?":         "Four weeks",
		"How old is Pound?":                              "56",
		"How old was Pound when he became a councillor?": "25",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.HasPrefix(ans.Answer, want) {
			t.Errorf("%q: found %v %q; want it to lead with %s", q, ans.Found, ans.Answer, want)
		}
	}
}

// TestAsk_AgesAfterNamesCountNothing: "his children Emily, 16, and Pelham,
// 14" gives ages, not how many children there are.
func TestAsk_AgesAfterNamesCountNothing(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("mp-daughter-2005", "MP meets long-lost daughter", "2005-02-06", "Politics Desk",
		[]facts.Entity{{ID: "pound", Name: "Stephen Pound", Kind: "person", Aliases: []string{"Pound"}}},
		deskFact("pleased", "Pound's children Emily, 16, and Pelham, 14, were pleased to have an older sister.", "pound"),
		deskFact("married", "Mr Pound is married with two teenage children.", "pound"),
	)))
	ans, err := ask("How many children does Pound have?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "Two") {
		t.Errorf("found %v %q; want it to lead with two", ans.Found, ans.Answer)
	}
}
