package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_TitleNamingAPersonSpeaksForNoOne: a spokesman whose title names
// his company speaks for it ("What did Delmont say?"), but a mother whose
// title names her son does not: what she did is no word of his.
func TestAsk_TitleNamingAPersonSpeaksForNoOne(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("evicted-2005", "Stallone evicted", "2005-01-14", "Arts Desk",
		[]facts.Entity{
			{ID: "jackie", Name: "Jackie Stallone", Kind: "person", Title: "mother of actor Sylvester Stallone", Aliases: []string{"Jackie"}},
			{ID: "sylvester", Name: "Sylvester Stallone", Kind: "person", Aliases: []string{"Sylvester"}},
			{ID: "delmont", Name: "Delmont Studios", Kind: "organization", Aliases: []string{"Delmont"}},
			{ID: "reed", Name: "Tom Reed", Kind: "person", Title: "Delmont Studios spokesman"},
		},
		deskFact("evicted", "Jackie Stallone, mother of actor Sylvester, was the first to be evicted from the house.", "jackie"),
		facts.Fact{ID: "denial", Statement: "Tom Reed said the studio had no plans for a sequel.", Speaker: "reed", Subject: "reed",
			Source: "desk", Status: facts.StatusApproved},
	)))
	answersWith(t, ask, map[string]string{
		"What did Sylvester Stallone say about his mother's eviction?": "",
		"What did Delmont say about a sequel?":                         "no plans",
	})
}

// TestAsk_SpeaksForTheBodyBesideTheName: a person the fact itself places in a
// body ("Yahoo's Yonca Brunini", "Brunini of Yahoo") speaks for it, as one
// titled its spokesman does: "What does Yahoo think...?" is answered by what
// she said, not by what a Google man said.
func TestAsk_SpeaksForTheBodyBesideTheName(t *testing.T) {
	story := func(statement string) *facts.StoryFile {
		return deskStory("search-2005", "Search engines look ahead", "2005-02-01", "Tech Desk",
			[]facts.Entity{
				{ID: "yahoo", Name: "Yahoo", Kind: "organization"},
				{ID: "google", Name: "Google", Kind: "organization"},
				{ID: "brunini", Name: "Yonca Brunini", Kind: "person", Aliases: []string{"Brunini"}},
			},
			facts.Fact{ID: "personal", Statement: statement, Quote: "Personalisation is going to be a big area", Speaker: "brunini", Source: "desk", Status: facts.StatusApproved},
		)
	}
	q := "What does Yahoo think will be big in the future of search?"
	answersWith(t, asker(besideBundled(t, story("Yahoo's Yonca Brunini said personalisation will be a big area in the future of search."))), map[string]string{q: "personalisation"})
	answersWith(t, asker(besideBundled(t, story("Google's Yonca Brunini said personalisation will be a big area in the future of search."))), map[string]string{q: ""})
}

// TestAsk_HowDidTheyDescribe: "How did proponents describe the bill?" asks
// what those the question names by a common noun said of it: "Other
// proponents said the bill was a good compromise" answers, though no
// entity names them.
func TestAsk_HowDidTheyDescribe(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("patents-2005", "Software patents bill", "2005-03-07", "Tech Desk",
		[]facts.Entity{{ID: "bill", Name: "software patents bill", Kind: "document", Aliases: []string{"the bill"}}},
		deskFact("compromise", "Other proponents said the bill was a good compromise that avoided the excesses of the American system.", "bill"),
	)))
	answersWith(t, ask, map[string]string{"How did proponents describe the bill?": "good compromise"})
}

// TestAsk_WhatTheReportSaid: a document says what its text says: "The
// report found the death rate was a serious failure", quoted from the
// committee that wrote it, answers "What did the report say...?".
func TestAsk_WhatTheReportSaid(t *testing.T) {
	failure := deskFact("failure", "The report found the high death rate in care homes was a serious failure to protect a vulnerable group.", "")
	failure.Quote, failure.Speaker = "amounts to a serious failure to protect a highly vulnerable group", "committee"
	ask := asker(besideBundled(t, deskStory("care-homes-2005", "Care home deaths", "2005-02-02", "Health Desk",
		[]facts.Entity{
			{ID: "report", Name: "Care Watch report", Kind: "document", Aliases: []string{"the report"}},
			{ID: "committee", Name: "Care Watch committee", Kind: "organization", Aliases: []string{"the committee"}},
		},
		failure,
	)))
	answersWith(t, ask, map[string]string{"What did the report say the high death rate in care homes amounted to?": "serious failure"})
}
