package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// transferTalk is a story where the one a yes-no question asks about acts in
// one fact and is only mentioned in another's act in another.
func transferTalk() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "transfer-talk-2005", Title: "Reyes set to stay", Date: "2005-01-20"},
		Sources: []facts.Source{{ID: "desk", Title: "Transfer talk", Publisher: "Sport Desk", Published: "2005-01-20"}},
		Entities: []facts.Entity{
			{ID: "tom-reyes", Name: "Tom Reyes", Kind: "person", Aliases: []string{"Reyes"}},
			{ID: "ann-cole", Name: "Ann Cole", Kind: "person", Aliases: []string{"Cole"}},
			{ID: "harbour-city", Name: "Harbour City", Kind: "organization"},
		},
		Facts: []facts.Fact{
			{ID: "new-deal", Statement: "Defender Tom Reyes is on the verge of signing a new deal with Harbour City.",
				Subject: "tom-reyes", Object: "harbour-city", Source: "desk", Status: facts.StatusApproved},
			{ID: "letter", Statement: "Ann Cole signed a letter backing Reyes for the captaincy.",
				Subject: "ann-cole", Source: "desk", Status: facts.StatusApproved},
			{ID: "cole-title", Statement: "Cole said a title challenge by Harbour City was inevitable.",
				Speaker: "ann-cole", Source: "desk", Status: facts.StatusApproved},
			{ID: "form", Statement: "Harbour City fans have seen their side win six of their last eight games.",
				Subject: "harbour-city", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_YesNoSubjectActs: a yes-no question is answered by a fact in which
// the one it makes act does the act it asks about, though the fact words the
// rest otherwise ("deal" for "contract"); not by a fact that holds the act
// but has someone else do it, the one asked about only mentioned.
func TestAsk_YesNoSubjectActs(t *testing.T) {
	ask := asker(indextest.Story(t, transferTalk()))
	ans, err := ask("Is Tom Reyes signing a new contract?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "transfer-talk-2005/new-deal" {
		t.Errorf("found %v %q; want the new deal Reyes is signing", ans.Found, ans.Answer)
	}
	// Without the fact of his own act, the one where Cole signs is left.
	sf := transferTalk()
	sf.Facts = sf.Facts[1:]
	ask = asker(indextest.Story(t, sf))
	ans, err = ask("Did Reyes sign a letter to the fans?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: Cole signed, Reyes is only mentioned", ans.Answer)
	}
}

// TestAsk_YesNoWhatTheySaid: a yes-no question whose verb is one of telling or
// thinking is answered by what its subject said, in whatever words the fact
// has for saying it.
func TestAsk_YesNoWhatTheySaid(t *testing.T) {
	ask := asker(indextest.Story(t, transferTalk()))
	ans, err := ask("Does Ann Cole expect Harbour City to mount a title challenge?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "transfer-talk-2005/cole-title" {
		t.Errorf("found %v %q; want what Cole said of a title challenge", ans.Found, ans.Answer)
	}
}

// patentPledge is a story where no one named acts in what a question asks.
func patentPledge() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "patent-pledge-2005", Title: "Maker frees patents", Date: "2005-01-11"},
		Sources: []facts.Source{{ID: "desk", Title: "Patent pledge", Publisher: "Tech Desk", Published: "2005-01-11"}},
		Entities: []facts.Entity{
			{ID: "acme", Name: "Acme", Kind: "organization"},
		},
		Facts: []facts.Fact{
			{ID: "free-use", Statement: "Developers will be able to use the patented designs without paying Acme for a licence.",
				Subject: "acme", Source: "desk", Status: facts.StatusApproved},
			{ID: "count", Statement: "Acme earns royalties on more patents than any other firm.",
				Subject: "acme", Source: "desk", Status: facts.StatusApproved},
			{ID: "sales", Statement: "Acme sells its own products in forty countries and charges fees for support.",
				Subject: "acme", Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_YesNoSubjectInWords: a yes-no question that names no one before its
// verb is answered by a fact that holds its subject's words and the verb
// itself, though it words what is acted on otherwise ("a licence" for
// "royalties"); not when the fact has other people do it, nor when it lacks
// what the question qualifies the act with ("in products").
func TestAsk_YesNoSubjectInWords(t *testing.T) {
	ask := asker(indextest.Story(t, patentPledge()))
	ans, err := ask("Will developers have to pay Acme royalties or fees to use the designs?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "patent-pledge-2005/free-use" {
		t.Errorf("found %v %q; want that developers will not pay", ans.Found, ans.Answer)
	}
	ans, err = ask("Will firms have to pay Acme royalties to use the designs?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: the fact is of developers, not firms", ans.Answer)
	}
	ans, err = ask("Will developers have to pay Acme royalties to use the designs in products?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: the fact does not say it is for use in products", ans.Answer)
	}
}

// TestAsk_YesNoActSaidOtherwise: a fact in which the one a yes-no question asks
// about acts on the very things the question names settles it, though it
// tells of another act ("signing" a deal for "rejected" it), without a Yes or
// No; not when the question asks nothing but the act.
func TestAsk_YesNoActSaidOtherwise(t *testing.T) {
	ask := asker(indextest.Story(t, transferTalk()))
	ans, err := ask("Has Tom Reyes rejected a new deal with Harbour City?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "transfer-talk-2005/new-deal" || ans.Lead != "" {
		t.Errorf("found %v, lead %q, %q; want the new deal Reyes is signing, with no Yes or No", ans.Found, ans.Lead, ans.Answer)
	}
	ans, err = ask("Has Tom Reyes resigned?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: the fact is of another act, and the question asks nothing else", ans.Answer)
	}
}

// phoneSurvey is a story of a survey whose one fact about pensioners words
// its act otherwise than a reporter asks.
func phoneSurvey() *facts.StoryFile {
	return deskStory("phone-survey-2005", "Mobile phone survey", "2005-02-01", "Tech Desk",
		[]facts.Entity{{ID: "ofcom", Name: "Ofcom", Kind: "organization"}},
		deskFact("owners", "Ofcom found that nine in ten adults now own a mobile phone.", "ofcom"),
		deskFact("pensioners", "The survey did not interview pensioners, though many of them own mobile phones too.", ""),
		deskFact("texts", "Adults under 30 send an average of 20 text messages a day.", ""),
		deskFact("abroad", "The figures, on the Ofcom website, include calls made abroad.", ""),
		deskFact("councillors", "Only a few years ago most councillors had no webpage, whereas now one is almost a must-have.", ""),
	)
}

// TestAsk_YesNoFarAhead: a yes-no question whose act the only fact about
// its subject words otherwise ("included" for "did not interview") is
// answered by that fact, far ahead of the rest; but without Yes or No, for
// the fact does not hold all the question asks.
func TestAsk_YesNoFarAhead(t *testing.T) {
	ans, err := asker(indextest.Story(t, phoneSurvey()))("Were pensioners included in the survey?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "phone-survey-2005/pensioners" {
		t.Fatalf("found %v %q; want the fact about pensioners", ans.Found, ans.Answer)
	}
	if ans.Lead != "" {
		t.Errorf("led with %q: the fact does not say Yes or No to being included", ans.Lead)
	}
	// The fact holds "most councillors" and "few years ago", not the
	// website: no Yes, which would be wrong.
	ans, err = asker(indextest.Story(t, phoneSurvey()))("Did most councillors have a website a few years ago?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "phone-survey-2005/councillors" || ans.Lead != "" {
		t.Errorf("found %v %q; want the fact about councillors, with no Yes or No", ans.Found, ans.Answer)
	}
}
