package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhenVerbSaidOtherwise: a when-question is answered by a fact about
// its entity that holds its other words and gives a time, though it says the
// verb otherwise ("faces a trial" for "go on trial"), or about a thing its
// entity owns, named beside it ("Price's book came out" for "was published");
// a question that names no one is not.
func TestAsk_WhenVerbSaidOtherwise(t *testing.T) {
	sf := &facts.StoryFile{
		Story:   facts.Story{ID: "price-case", Title: "Price charged"},
		Sources: []facts.Source{{ID: "desk", Title: "Price charged", Publisher: "Wire"}},
		Entities: []facts.Entity{
			{ID: "dale-price", Name: "Dale Price", Kind: "person", Aliases: []string{"Price"}},
		},
		Facts: []facts.Fact{
			{ID: "trial", Statement: "Price faces a federal trial next year on charges of fraud.", Subject: "dale-price", Source: "desk", Status: facts.StatusApproved},
			{ID: "lab", Statement: "Price founded the laboratory with two partners.", Subject: "dale-price", Source: "desk", Status: facts.StatusApproved},
			{ID: "shares", Statement: "Shares in the laboratory went up after the charges were announced.", Source: "desk", Status: facts.StatusApproved},
			{ID: "book", Statement: "Price's book was published in the UK in October 2004 and sold well.", Source: "desk", Status: facts.StatusApproved},
			{ID: "festival", Statement: "Price did not appear at the book festival.", Subject: "dale-price", Source: "desk", Status: facts.StatusApproved},
			{ID: "staff", Statement: "Most of the staff will go on working at the laboratory.", Source: "desk", Status: facts.StatusApproved},
		},
	}
	ask := asker(indextest.Story(t, sf))
	ans, err := ask("When will Price go on trial?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "next year") {
		t.Errorf("When will Price go on trial? = %q (found %v), want next year", ans.Answer, ans.Found)
	}
	ans, err = ask("When did Price's book come out in the UK?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "October 2004") {
		t.Errorf("When did Price's book come out in the UK? = %q (found %v), want October 2004", ans.Answer, ans.Found)
	}
	ans, err = ask("When will the trial be televised?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("When will the trial be televised? = %q: no fact says when anything is televised", ans.Answer)
	}
}

// TestAsk_WhereVerbSaidOtherwise: a where-question is answered by a fact
// about its entity that holds its other words and names a place, though it
// says the verb otherwise ("will take place in Hollywood" for "be held").
// Asked beside the bundled story, so that its words weigh as in a
// newsroom's knowledge base.
func TestAsk_WhereVerbSaidOtherwise(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("awards-2005", "Awards night", "2005-02-01", "Arts Desk",
		[]facts.Entity{
			{ID: "awards", Name: "Academy Awards", Kind: "event", Aliases: []string{"Oscars"}},
			{ID: "hollywood", Name: "Hollywood", Kind: "place"},
		},
		deskFact("venue", "The Academy Awards ceremony will take place in Hollywood on 27 February.", "awards"),
		deskFact("host", "Chris Rock will host the Academy Awards for the first time.", "awards"),
	)))
	ans, err := ask("Where will the Academy Awards ceremony be held?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Hollywood") {
		t.Errorf("found %v %q; want Hollywood", ans.Found, ans.Answer)
	}
}

// TestAsk_HowManyVerbSaidOtherwise: a how-many question is answered by a
// fact about its entity, in the role the question gives it, that holds its
// other words and gives a figure, though it says the verb otherwise ("has a
// catalogue of about 60,000 songs" for "carry").
func TestAsk_HowManyVerbSaidOtherwise(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("music-store-2005", "Download store grows", "2005-01-20", "Tech Desk",
		[]facts.Entity{{ID: "tunebox", Name: "Tunebox", Kind: "organization"}},
		deskFact("catalogue", "Tunebox has a catalogue of about 60,000 songs.", "tunebox"),
		deskFact("price", "Tunebox charges 29p for each track.", "tunebox"),
		deskFact("launch", "Tunebox was launched in 2003 by two students.", "tunebox"),
	)))
	ans, err := ask("How many songs does Tunebox carry?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "60,000") {
		t.Errorf("found %v %q; want 60,000", ans.Found, ans.Answer)
	}
}
