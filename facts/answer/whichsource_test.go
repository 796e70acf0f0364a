package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhichNamesNoneBySourceOrCount: a which-question wants the things
// named; the source a fact cites ("..., IDS said", "According to the US
// Trade Representative's Office, ...", "David Bedford said that ...") names
// none of them, nor does a count or a share ("22 of the 30 projects", "by
// 100%"). Asked which firm says something, the one saying it is the answer.
func TestAsk_WhichNamesNoneBySourceOrCount(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("pensions-2005", "Firms raise pension payments", "2005-01-20", "Business Desk",
		[]facts.Entity{{ID: "sepa", Name: "State Environmental Protection Agency", Kind: "organization", Aliases: []string{"Sepa"}}},
		deskFact("raised", "Companies facing the biggest deficits had raised their pension contributions by 100% or more, IDS said.", ""),
		deskFact("obeyed", "Only 22 of the 30 projects singled out by Sepa have obeyed its order.", "sepa"),
		deskFact("customs", "According to the US Trade Representative's Office, customs rules are applied unevenly by EU countries.", ""),
		deskFact("posted", "Anti-virus firm Sophos said a programmer had posted the source code online.", ""),
		deskFact("field", "David Bedford said that after announcing the greatest men's field ever, the race now had the greatest women's runner ever.", ""),
		deskFact("tv", "Research firm Nielsen says people are turning away from TV.", ""),
	)))
	answersWith(t, ask, map[string]string{
		"Which companies raised their pension contributions the most?": "",
		"Which of the 30 projects have obeyed Sepa's order?":           "",
		"Which EU countries apply the customs rules unevenly?":         "",
		"Which firm said the source code had been posted online?":      "Sophos",
		"Which men are in the greatest men's field ever?":              "",
		"Which research firm says people are turning away from TV?":    "Nielsen",
	})
}

// TestAsk_WhichSourceTellsOfItself: a source whose words begin with a
// pronoun for itself tells of its own act: "Euronext has said it may also
// bid for the LSE" says which operator may bid, where "Euronext has said
// Deutsche Boerse may bid" does not.
func TestAsk_WhichSourceTellsOfItself(t *testing.T) {
	story := func(statement string) *facts.StoryFile {
		return deskStory("lse-2005", "LSE bids", "2005-01-27", "Business Desk",
			[]facts.Entity{
				{ID: "euronext", Name: "Euronext", Kind: "organization"},
				{ID: "lse", Name: "London Stock Exchange", Kind: "organization", Aliases: []string{"LSE"}},
			},
			deskFact("bid", statement, "euronext"),
		)
	}
	q := "Which exchange operator may bid for the LSE?"
	answersWith(t, asker(besideBundled(t, story("Rival exchange operator Euronext has said it may also bid for the LSE."))), map[string]string{q: "Euronext"})
	answersWith(t, asker(besideBundled(t, story("Rival exchange operator Euronext has said another operator may also bid for the LSE."))), map[string]string{q: ""})
}

// TestAsk_WhichWithCopula: in "Which Brentford players are injury
// doubts?" "are" links the players asked for to what they are; no verb
// follows it whose object the answer would be, so the names before the
// fact's "are" answer.
func TestAsk_WhichWithCopula(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("brentford-2005", "Brentford team news", "2005-01-28", "Sport Desk",
		[]facts.Entity{{ID: "brentford", Name: "Brentford", Kind: "organization"}},
		deskFact("doubts", "Brentford midfielder Andrew Frampton and striker Deon Burton are slight doubts with hamstring injuries.", "brentford"),
	)))
	answersWith(t, ask, map[string]string{"Which Brentford players are injury doubts?": "Frampton"})
}
