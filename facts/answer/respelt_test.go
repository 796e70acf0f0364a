package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_WordOneSlipFromTheFacts: a question's word the knowledge base never
// uses, one typing slip from a word of a fact that holds the rest of the
// question, is read as that word, though the slip is itself English
// ("minster", "corespondent", "poplar"); a slip the knowledge base does use
// as written ("manger" in a nativity story) is the word written.
func TestAsk_WordOneSlipFromTheFacts(t *testing.T) {
	ask := asker(indextest.Story(t, deskStory("michels-dies", "Rinus Michels dies", "2005-03-03", "Sport Desk",
		[]facts.Entity{
			{ID: "ross", Name: "Clemence Ross-van Dorp", Kind: "person", Aliases: []string{"Ross-van Dorp"}},
			{ID: "sandford", Name: "Daniel Sandford", Kind: "person", Aliases: []string{"Sandford"}},
			{ID: "bbc", Name: "BBC", Kind: "organization"},
			{ID: "cash", Name: "Johnny Cash", Kind: "person", Aliases: []string{"Cash"}},
			{ID: "holiff", Name: "Saul Holiff", Kind: "person", Aliases: []string{"Holiff"}},
		},
		deskFact("minister", "Dutch sports minister Clemence Ross-van Dorp said Michels made Dutch football big.", "ross"),
		deskFact("emphasis", "BBC home affairs correspondent Daniel Sandford said Clarke put more emphasis on deportation.", "sandford"),
		deskFact("manager", "Saul Holiff was Johnny Cash's manager from 1960 to 1973.", "holiff"),
		deskFact("nativity", "Pupils built the manger for the school's nativity play.", ""),
	)))
	for q, want := range map[string]string{
		"who is the dutch sports minster?":            "michels-dies/minister",
		"Who is the BBC's home affairs corespondent?": "michels-dies/emphasis",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || ans.Facts[0].ID != want {
			t.Errorf("%q: found %v %q; want %s", q, ans.Found, ans.Answer, want)
		}
	}
	ans, err := ask("Who made Johnny Cash's manger?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: the knowledge base uses \"manger\" as written", ans.Answer)
	}
}
