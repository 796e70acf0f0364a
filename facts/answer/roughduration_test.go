package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_RoughDuration: "How long...?" is answered by a stretch of time
// with no figure ("several months"); a fact that says how often ("once a
// week") does not say how long.
func TestAsk_RoughDuration(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("wto-2005", "US takes EU to the WTO", "2005-01-14", "Business Desk",
		[]facts.Entity{{ID: "wto", Name: "World Trade Organisation", Kind: "organization", Aliases: []string{"WTO"}}},
		deskFact("panel", "The WTO's dispute panel could take several months to report its findings.", "wto"),
		deskFact("meets", "The WTO's dispute panel meets once a week.", "wto"),
	)))
	ans, err := ask("How long could the WTO panel take to report?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "several months") {
		t.Errorf("found %v %q; want several months", ans.Found, ans.Answer)
	}
}

// TestAsk_RoughDurationOfOne: "for a year" after a preposition that
// measures, and "all week", are stretches of time with no figure too; "a
// day" after no such preposition ("once a day") is none.
func TestAsk_RoughDurationOfOne(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("port-bill-2005", "Port bill stalls", "2005-03-02", "Politics Desk",
		[]facts.Entity{
			{ID: "bill", Name: "Port Bill", Kind: "other"},
			{ID: "crew", Name: "Harbour crew", Kind: "group"},
		},
		deskFact("limbo", "The Port Bill is proving controversial and has been stuck in committee for a year.", "bill"),
		deskFact("drill", "The harbour crew rehearsed the rescue drill all week.", "crew"),
		deskFact("patrol", "The harbour crew patrols the bay once a day.", "crew"),
	)))
	answersWith(t, ask, map[string]string{
		"How long has the Port Bill been stuck in committee?": "for a year",
		"How long did the harbour crew rehearse the drill?":   "all week",
		"How long does the harbour crew patrol the bay?":      "",
	})
}

// TestAsk_RoughDurationCompared: "for less than a week" is a stretch of
// time with no figure, as "for a week" is.
func TestAsk_RoughDurationCompared(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("jackson-2005", "Jackson trial witness", "2005-03-03", "Arts Desk",
		[]facts.Entity{{ID: "kite", Name: "Ann Kite", Kind: "person", Aliases: []string{"Kite"}}},
		deskFact("worked", "Kite worked for the singer's team for less than a week before being fired.", "kite"),
	)))
	answersWith(t, ask, map[string]string{"How long did Kite work for the singer's team?": "less than a week"})
}
