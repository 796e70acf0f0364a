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
// No; not when the question asks nothing but the act, and a preposition
// ("with Harbour City") is no more.
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
	ans, err = ask("Has Tom Reyes trained with Harbour City?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: the fact is of another act, and the question asks nothing else but whom with", ans.Answer)
	}
}
