package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// civilServiceStrike is a small story in which two facts tell of the pickets
// in the same words, neither with the verb a reporter puts to them ("held").
func civilServiceStrike() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "civil-strike-2005", Title: "Civil servants strike", Date: "2005-01-28"},
		Sources: []facts.Source{{ID: "desk", Title: "Strike", Publisher: "Wales Desk", Published: "2005-01-28"}},
		Entities: []facts.Entity{
			{ID: "strike", Name: "civil service strike", Kind: "event", Aliases: []string{"the strike"}},
		},
		Facts: []facts.Fact{
			{ID: "friday", Statement: "Thousands of civil servants across Wales went on strike on Friday over job cuts.",
				Subject: "strike", Source: "desk", Status: facts.StatusApproved},
			{ID: "pickets", Statement: "Striking civil servants picketed and protested in Cardiff and Bangor.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "officer", Statement: "A benefit officer picketing an office in Cardiff said most staff had stayed away.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "union", Statement: "The union said the government would take jobs away from Wales.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "ballot", Statement: "The union will hold a ballot on further action next month.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "talks", Statement: "Ministers held talks with union leaders in London on Thursday.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "rally", Statement: "Strikers held a rally outside the assembly building.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "office", Statement: "The minister holds office until the election in May.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "pay", Statement: "The government gave staff a pay rise last year and holds the pay budget down this year.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "cuts", Statement: "The government plans to cut 100,000 civil service jobs across the UK.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "brown", Statement: "The chancellor met the strikers' leaders on Friday.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "warned", Statement: "The chancellor warned the strikers that the cuts would go ahead.",
				Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_ActionVerbNotForgiven: a verb with no event beside it is the
// action asked about, however many senses it has: "What did the chancellor
// give the strikers?" is not answered by his meeting or warning them.
func TestAsk_ActionVerbNotForgiven(t *testing.T) {
	ask := asker(indextest.Story(t, civilServiceStrike()))
	ans, err := ask("What did the chancellor give the strikers?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; no fact says what the chancellor gave the strikers", ans.Answer)
	}
}

// patentsAndRates is a small story with IBM's patents and interest rates:
// no fact about either says "now".
func patentsAndRates() *facts.StoryFile {
	return &facts.StoryFile{
		Story:   facts.Story{ID: "ibm-patents-2005", Title: "IBM frees patents", Date: "2005-01-11"},
		Sources: []facts.Source{{ID: "desk", Title: "IBM", Publisher: "Tech Desk", Published: "2005-01-11"}},
		Entities: []facts.Entity{
			{ID: "ibm", Name: "IBM", Kind: "organization"},
		},
		Facts: []facts.Fact{
			{ID: "portfolio", Statement: "IBM reportedly holds more than 40,000 current patents.",
				Subject: "ibm", Source: "desk", Status: facts.StatusApproved},
			{ID: "granted", Statement: "IBM was granted 3,248 US patents in 2004, more than any other firm.",
				Subject: "ibm", Source: "desk", Status: facts.StatusApproved},
			{ID: "freed", Statement: "IBM will keep the 500 patents it freed but will seek no royalties from them.",
				Subject: "ibm", Source: "desk", Status: facts.StatusApproved},
			{ID: "prices", Statement: "House prices fell in November as interest rate rises took effect.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "bank", Statement: "The Bank of England decided not to raise interest rates again.",
				Source: "desk", Status: facts.StatusApproved},
			{ID: "homes", Statement: "Homes now take longer to sell.",
				Source: "desk", Status: facts.StatusApproved},
		},
	}
}

// TestAsk_AdverbForgiven: "now" says when, not what: the fact that gives
// how many patents IBM holds answers, though it does not say "now".
func TestAsk_AdverbForgiven(t *testing.T) {
	ask := asker(indextest.Story(t, patentsAndRates()))
	ans, err := ask("How many patents does IBM hold now?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "40,000") {
		t.Errorf("answered %q (found %v); IBM holds 40,000 patents", ans.Answer, ans.Found)
	}
}

// TestAsk_LightWordsAFewOnly: a light word is forgiven only when the rest is
// most of the question: "What are interest rates now?" is all in its
// "now", and no fact about interest rates answers it.
func TestAsk_LightWordsAFewOnly(t *testing.T) {
	ask := asker(indextest.Story(t, patentsAndRates()))
	ans, err := ask("What are interest rates now?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q; no fact says what interest rates are now", ans.Answer)
	}
}
