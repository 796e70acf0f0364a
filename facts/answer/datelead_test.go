package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_WhenLeadsWithTheTimeAsked: a when-answer leads with the time of
// the act asked, where a fact gives two ("founded in 1955 and moved in
// 1961"; "last used in 1976", not "used since 1947"), with the words that
// place it within a stretch ("the end of January", not "January"), a day
// and its date as one ("Tuesday 14 June"), and "What time...?" with the
// clock time it was moved to, not the day; "Until when...?" with the time
// after "until"; of two sayings of the verb, the one in the clause of the
// name asked ("T-Mobile is due to launch its own in 2005", not "The 3
// network launched its video service in 2003").
func TestAsk_WhenLeadsWithTheTimeAsked(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("times-2005", "Times of the week", "2005-01-18", "News Desk",
		[]facts.Entity{
			{ID: "ashley", Name: "Laura Ashley", Kind: "organization"},
			{ID: "bush", Name: "George W Bush", Kind: "person", Aliases: []string{"Bush"}},
			{ID: "sporting", Name: "Sporting Lisbon", Kind: "organization", Aliases: []string{"Lisbon"}},
			{ID: "rem", Name: "REM", Kind: "group"},
			{ID: "delta", Name: "Delta Air Lines", Kind: "organization", Aliases: []string{"Delta"}},
			{ID: "tmobile", Name: "T-Mobile", Kind: "organization"},
		},
		deskFact("wales", "Laura Ashley was founded in Kent in 1955 and moved in 1961 to Mid Wales.", "ashley"),
		deskFact("europe", "After his inauguration, Bush is due in Europe at the end of January.", "bush"),
		deskFact("green", "The band will play in a tent on Glasgow Green on Tuesday 14 June.", "rem"),
		deskFact("power", "It is only the 13th time the power has been used since 1947, and it was last used in 1976.", ""),
		deskFact("debt", "On Monday Delta negotiated a deal to defer about $135m of debt due next year until 2007.", "delta"),
		deskFact("launches", "The 3 network launched its video service in 2003, and T-Mobile is due to launch its own in 2005.", "tmobile"),
		deskFact("kickoff", "The kick-off for the Sporting Lisbon match on Tuesday has been brought forward from 2115 GMT to 1945 GMT.", "sporting"),
	)))
	leadsWith(t, ask, map[string]string{
		"When did Laura Ashley move to Mid Wales?":         "1961.",
		"When is Bush due in Europe?":                      "The end of January.",
		"What time does the match in Lisbon kick off now?": "1945 GMT.",
		"When will REM play Glasgow Green?":                "Tuesday 14 June.",
		"When was the power last used?":                    "1976.",
		"Until when has Delta's debt been pushed back?":    "2007.",
		"When will T-Mobile launch its video service?":     "2005.",
	})
}
