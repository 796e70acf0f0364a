package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WhyNeedsACause: a why-question is answered by a fact that gives a
// cause, in a word that surely does ("because") or may ("for", "since",
// "by", "on the back of"); a fact that only tells the event asked about, in
// every word of the question, does not say why, and the answer is that the
// knowledge base does not hold it. Nor does a word that may give a cause
// before a figure or a time ("for £20,000", "since May 2004"), nor one before
// the act asked about, which it gives as the cause of another ("a party
// after the port changed the name").
func TestAsk_WhyNeedsACause(t *testing.T) {
	for _, c := range []struct {
		statement string
		found     bool
	}{
		{"The port has changed the name of Albert Pier.", false},
		{"The port has changed the name of Albert Pier for its centenary.", true},
		{"The port has changed the name of Albert Pier through a dockers' vote.", true},
		{"The port has changed the name of Albert Pier for £20,000.", false},    // a price, not a cause
		{"The port has changed the name of Albert Pier since May 2004.", false}, // since when, not why
		{"The port has changed the name of Albert Pier since the old name offended dockers.", true},
		{"The port has changed the name of Albert Pier because the old name offended dockers.", true},
		{"The old name offended dockers, so the port has changed the name of Albert Pier.", true}, // what came before ", so"
		{"Dockers held a party after the port changed the name of Albert Pier.", false},           // the act asked is the cause of another
	} {
		sf := dockStrike()
		sf.Facts = append(sf.Facts, facts.Fact{ID: "pier-renamed", Statement: c.statement, Source: "desk", Status: facts.StatusApproved})
		ask := asker(indextest.Story(t, sf))
		ans, err := ask("Why was the name of Albert Pier changed?", facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if ans.Found != c.found || c.found && ans.Facts[0].ID != "dock-strike-2024/pier-renamed" {
			t.Errorf("%q: found %v %q; want found %v", c.statement, ans.Found, ans.Answer, c.found)
		}
	}
}

// TestAsk_WhyNotByTheActAsAThing: "following David Blunkett's resignation"
// tells what came after the resignation, not why he resigned; a fact that
// tells the act as a verb with its cause answers. A noun of the question
// ("make headlines") is no verb said as a thing ("hit the headlines").
func TestAsk_WhyNotByTheActAsAThing(t *testing.T) {
	story := deskStory("detainees-2004", "Terror detainees win appeal", "2004-12-16", "Politics Desk",
		[]facts.Entity{
			{ID: "blunkett", Name: "David Blunkett", Kind: "person", Aliases: []string{"Blunkett"}},
			{ID: "clarke", Name: "Charles Clarke", Kind: "person", Aliases: []string{"Clarke"}},
		},
		deskFact("problem", "The ruling is a major problem for Charles Clarke on his first day as home secretary following David Blunkett's resignation.", "clarke"),
	)
	answersWith(t, asker(besideBundled(t, story)), map[string]string{
		"Why did David Blunkett resign?": "",
	})
	story.Facts = append(story.Facts,
		deskFact("resigned", "David Blunkett resigned after claims that he fast-tracked a visa application.", "blunkett"),
		deskFact("headlines", "Clarke hit the headlines in May after a newspaper printed photographs of him.", "clarke"))
	answersWith(t, asker(besideBundled(t, story)), map[string]string{
		"Why did David Blunkett resign?":         "fast-tracked",
		"Why did Charles Clarke make headlines?": "photographs", // "headlines" is no verb here
	})
}

// TestAsk_ThatOpensAClause: "a dramatic comeback that thrilled the Indian
// contingent" says the thrilling as a verb, "that" opening a clause, not as
// a thing after a determiner: it tells who was thrilled.
func TestAsk_ThatOpensAClause(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("dubai-2005", "Mirza beats Kuznetsova", "2005-02-22", "Sport Desk",
		[]facts.Entity{{ID: "mirza", Name: "Sania Mirza", Kind: "person", Aliases: []string{"Mirza"}}},
		deskFact("comeback", "Mirza slipped 4-0 down but staged a dramatic comeback that thrilled the large Indian contingent in the crowd.", "mirza"),
	)))
	answersWith(t, ask, map[string]string{
		"Who was thrilled by Mirza's comeback?": "Indian contingent",
	})
}
