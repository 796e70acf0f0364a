package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// sentencingReview is a small story whose count is of those who did something
// ("146 respondents"), not of any kind of person among them.
func sentencingReview() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "sentencing-review-2024", Title: "Review of murder sentences", Date: "2024-10-28"},
		Sources: []facts.Source{{ID: "desk", Title: "Sentencing review", Publisher: "Law Gazette", Published: "2024-10-28"}},
		Entities: []facts.Entity{
			{ID: "law-commission", Name: "Law Commission", Kind: "organization"},
		},
		Facts: []facts.Fact{
			{ID: "consultation", Statement: "In a consultation, 64 of 146 respondents said a mandatory life sentence for every murder was indefensible.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "members", Statement: "The Law Commission includes two judges, a senior barrister and sentencing experts.",
				Subject: "law-commission", Source: "desk", Status: facts.StatusApproved},
			{ID: "review", Statement: "The Law Commission will review the law on murder over the next two years.",
				Subject: "law-commission", Source: "desk", Status: facts.StatusApproved},
			{ID: "victims", Statement: "Families of murder victims said the sentences people serve are too short.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "report", Statement: "The commission will report to the home secretary in the summer.",
				Subject: "law-commission", Source: "desk", Status: facts.StatusApproved},
			{ID: "prisons", Statement: "About 500 people a year are convicted of murder in England and Wales.",
				Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_CountedNounBeforeVerb: "How many respondents said...?" is answered
// by the fact counting the respondents who said it; "How many barristers responded?"
// is not: the count says how many responded, not how many of them were
// barristers. The answer leads with the part and the whole ("64 of 146
// respondents"), not the whole alone. ("How many people responded to the consultation?" was answered
// too until stop 23, when the rule for a fact far ahead of the rest came to
// want more of the question's words: "people" is not in the fact.)
func TestAsk_CountedNounBeforeVerb(t *testing.T) {
	ask := asker(indextest.Story(t, sentencingReview()))
	ans, err := ask("How many respondents said a mandatory life sentence for murder was indefensible?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.HasPrefix(ans.Answer, "64 of 146 respondents") {
		t.Errorf("respondents: found %v %q; want it to lead with the 64 of 146 respondents, the part that said it first", ans.Found, ans.Answer)
	}
	ans, err = ask("How many barristers responded to the consultation?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("barristers: answered %q; the story does not say how many barristers responded", ans.Answer)
	}
}

// TestAsk_NumberThatIsAName: a number that names something ("24", the
// drama) is that thing, not a figure the answer must repeat: a fact naming
// it otherwise ("the drama") answers.
func TestAsk_NumberThatIsAName(t *testing.T) {
	ask := asker(indextest.Story(t, &facts.StoryFile{
		Story:   facts.Story{ID: "drama-row-2005", Title: "Muslim group attacks TV drama", Date: "2005-01-19"},
		Sources: []facts.Source{{ID: "desk", Title: "Drama row", Publisher: "Arts Desk", Published: "2005-01-19"}},
		Entities: []facts.Entity{
			{ID: "council", Name: "Muslim Council of Britain", Kind: "organization", Aliases: []string{"the council"}},
			{ID: "drama", Name: "24", Kind: "other", Aliases: []string{"the drama"}},
		},
		Facts: []facts.Fact{
			{ID: "criticised", Statement: "The Muslim Council of Britain criticised the drama for its portrayal of Muslims.",
				Subject: "council", Object: "drama", Source: "desk", Status: facts.StatusApproved},
			{ID: "schedule", Statement: "Sky One will show the fourth series from Sunday.",
				Source: "desk", Status: facts.StatusApproved},
		},
	}))
	ans, err := ask("Who criticised 24?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Muslim Council") {
		t.Errorf("found %v %q; want the Muslim Council of Britain", ans.Found, ans.Answer)
	}
}

// TestAsk_CountedNounLeftOut: "Wales lost one scrum and Scotland lost four
// or five" counts Scotland's scrums, the noun said once, with the first
// number; a figure after a full stop counts nothing of another sentence's.
func TestAsk_CountedNounLeftOut(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("rugby-2005", "Wales edge Scotland", "2005-02-27", "Sport Desk",
		[]facts.Entity{
			{ID: "wales", Name: "Wales", Kind: "organization"},
			{ID: "scotland", Name: "Scotland", Kind: "organization"},
			{ID: "jones", Name: "Gareth Jones", Kind: "person", Title: "Wales coach", Aliases: []string{"Jones"}},
		},
		deskFact("scrums", "Jones said Wales lost one scrum and Scotland lost four or five.", "jones"),
		deskFact("caps", "Wales won one trophy. Scotland's captain has won 60.", "scotland"),
	)))
	answersWith(t, ask, map[string]string{
		"How many scrums did Scotland lose according to Jones?": "four or five",
		"How many trophies has Scotland's captain won?":         "",
	})
}

// TestAsk_CountOfAPart: "among three British authors on the shortlist"
// counts the British ones, not every author on it; asked of British
// authors, it answers.
func TestAsk_CountOfAPart(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("prize-list-2005", "Spark heads prize list", "2005-01-18", "Arts Desk",
		[]facts.Entity{
			{ID: "spark", Name: "Muriel Spark", Kind: "person", Aliases: []string{"Spark"}},
			{ID: "harbour-prize", Name: "Harbour Prize", Kind: "event"},
		},
		deskFact("among", "Muriel Spark is among three British authors on the shortlist for the Harbour Prize.", "spark"),
	)))
	answersWith(t, ask, map[string]string{
		"How many authors are on the shortlist?":         "",
		"How many British authors are on the shortlist?": "three",
	})
}

// TestAsk_HowManyPeopleOfAKind: "How many people...?" counts people of
// whatever kind the fact names them by ("aspiring novelists",
// "respondents"), each a person (WordNet's), though it never says
// "people".
func TestAsk_HowManyPeopleOfAKind(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("litidol-2005", "Lit Idol winner", "2005-03-08", "Arts Desk",
		[]facts.Entity{{ID: "cavanagh", Name: "Paul Cavanagh", Kind: "person", Aliases: []string{"Cavanagh"}}},
		deskFact("entrants", "Cavanagh was one of 1,466 aspiring novelists who entered the first contest.", "cavanagh"),
	)))
	answersWith(t, ask, map[string]string{"How many people entered the first contest?": "1,466"})
}

// TestAsk_HowManyOfANamedGroup: "How many law lords heard the case?"
// counts the group the question names, not the hearing: a past form after
// the name is its verb, though WordNet also knows "heard" as a noun.
func TestAsk_HowManyOfANamedGroup(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("lords-2004", "Law lords rule on detention", "2004-12-16", "Politics Desk",
		[]facts.Entity{{ID: "lords", Name: "Law Lords", Kind: "group", Aliases: []string{"law lords"}}},
		deskFact("panel", "The case was heard by a panel of nine law lords rather than the usual five.", "lords"),
	)))
	answersWith(t, ask, map[string]string{"How many law lords heard the case?": "nine"})
}
