package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// wineBid is a small story where a company turns an offer down and its
// profits fall.
func wineBid() *facts.StoryFile {
	return deskStory("wine-bid-2005", "Winemaker rejects Foster's offer", "2005-01-18", "Business Desk",
		[]facts.Entity{
			{ID: "southcorp", Name: "Southcorp", Kind: "organization"},
			{ID: "fosters", Name: "Foster's", Kind: "organization"},
			{ID: "oconnor", Name: "Mark O'Connor", Kind: "person", Aliases: []string{"O'Connor"}},
		},
		deskFact("rejected", "Australian winemaker Southcorp rejected a takeover offer from brewing giant Foster's.", "southcorp"),
		deskFact("profits", "Southcorp's profits fell 12% in the last quarter.", "southcorp"),
		deskFact("contract", "The 30-year-old O'Connor's current contract runs out in the summer.", "oconnor"),
	)
}

// TestAsk_OppositeSettlesYesNo: a fact that says the opposite of a yes-no
// question's verb or what it asks of its subject (WordNet's antonyms)
// answers it with No; not a question that asks which of the two ("rise or
// fall?"), nor one
// whose word only qualifies a noun ("a new contract" is not asked of
// "30-year-old").
func TestAsk_OppositeSettlesYesNo(t *testing.T) {
	ask := asker(indextest.Story(t, wineBid()))
	ans, err := ask("Did Southcorp accept the takeover offer?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || ans.Facts[0].ID != "wine-bid-2005/rejected" || ans.Lead != "No" {
		t.Errorf("found %v, lead %q, %q; want No, Southcorp rejected it", ans.Found, ans.Lead, ans.Answer)
	}
	ans, err = ask("Did Southcorp's profits rise or fall in the last quarter?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(ans.Answer, "No") || ans.Lead == "No" {
		t.Errorf("lead %q, %q: the question asks which, not whether", ans.Lead, ans.Answer)
	}
	ans, err = ask("Is O'Connor signing a new contract?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found {
		t.Errorf("answered %q: his age is no old contract", ans.Answer)
	}
}
