package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index/indextest"
)

// TestAsk_VerbBeforeItsOwnPhrase: "Who did Boro beat in the Uefa Cup?"
// holds WordNet's phrase "beat in", but the fact that says who Boro beat
// in the Uefa Cup says the verb and the phrase after it, and answers.
func TestAsk_VerbBeforeItsOwnPhrase(t *testing.T) {
	story := deskStory("boro-graz-2005", "Boro through in Europe", "2005-02-25", "Sports Desk", []facts.Entity{
		{ID: "boro", Name: "Middlesbrough", Kind: "organization", Aliases: []string{"Boro"}},
		{ID: "graz", Name: "Graz AK", Kind: "organization", Aliases: []string{"Graz"}},
		{ID: "uefa-cup", Name: "Uefa Cup", Kind: "event"},
	},
		deskFact("beat-graz", "Middlesbrough beat Graz AK 2-1 in the Uefa Cup.", "boro"),
		deskFact("next", "Boro will play Sporting Lisbon in the last 16.", "boro"),
	)
	ask := asker(besideBundled(t, story))
	ans, err := ask("Who did Boro beat in the Uefa Cup?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Graz") {
		t.Errorf("found %v %q; want Graz AK", ans.Found, ans.Answer)
	}
}

// TestAsk_InAPlaceIsNoPhrase: "Who did Mirza beat in Dubai?" says where she
// beat someone; it does not hold WordNet's phrase "beat in" (to hammer
// in), which the fact does not say ("beat Svetlana Kuznetsova at the Dubai
// Championships").
func TestAsk_InAPlaceIsNoPhrase(t *testing.T) {
	story := deskStory("mirza-2005", "Mirza stuns Kuznetsova", "2005-02-23", "Sports Desk", []facts.Entity{
		{ID: "mirza", Name: "Sania Mirza", Kind: "person", Aliases: []string{"Mirza"}},
		{ID: "kuznetsova", Name: "Svetlana Kuznetsova", Kind: "person", Aliases: []string{"Kuznetsova"}},
	},
		deskFact("beat", "Sania Mirza beat US Open champion Svetlana Kuznetsova at the Dubai Championships on Tuesday.", "mirza"),
		deskFact("next", "Mirza will play Alicia Molik in the quarter-finals.", "mirza"),
	)
	ask := asker(indextest.Story(t, story))
	ans, err := ask("Who did Sania Mirza beat in Dubai?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "Kuznetsova") {
		t.Errorf("found %v %q; want Kuznetsova", ans.Found, ans.Answer)
	}
}

// TestAsk_NounIsNoPhrasalVerb: "the takings for the Incredibles" are
// money taken, a noun: no verb of WordNet's phrase "take for" (to mistake
// one thing for another), so "took $24.1m" says them in full.
func TestAsk_NounIsNoPhrasalVerb(t *testing.T) {
	story := deskStory("box-office-2004", "Box office", "2004-11-29", "Arts Desk", []facts.Entity{
		{ID: "incredibles", Name: "The Incredibles", Kind: "other", Aliases: []string{"Incredibles"}},
		{ID: "treasure", Name: "National Treasure", Kind: "other"},
	},
		deskFact("incredibles-takings", "Animated comedy The Incredibles, in its fourth week in the charts, took $24.1m.", "incredibles"),
		deskFact("treasure-takings", "National Treasure took $33.1m.", "treasure"),
		deskFact("incredibles-rank", "The Incredibles came second in the charts.", "incredibles"),
	)
	ask := asker(indextest.Story(t, story))
	ans, err := ask("What were the takings for the Incredibles?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "$24.1m") {
		t.Errorf("found %v %q; want $24.1m", ans.Found, ans.Answer)
	}
}

// TestAsk_NounAfterDeterminerIsNoPhrasalVerb: "the move on the quangos" is
// a noun, no verb of WordNet's phrase "move on" (to go forward), which would
// weigh as a rare word the fact must hold; the fact that tells when it was
// announced answers.
func TestAsk_NounAfterDeterminerIsNoPhrasalVerb(t *testing.T) {
	story := deskStory("quangos-2005", "Arts row over quangos", "2005-01-12", "Politics Desk", []facts.Entity{
		{ID: "pugh", Name: "Alun Pugh", Kind: "person", Aliases: []string{"Pugh"}},
	},
		deskFact("three", "Last July it was announced that three quangos, Elwa, the Wales Tourist Board and the Welsh Development Agency, would come under assembly government control.", ""),
		deskFact("review", "Mr Pugh said the structure of unelected quangos was under review and further announcements were due soon.", "pugh"),
		deskFact("crass", "Pugh said likening a review of quangos to Hitler's Germany would be crass.", "pugh"),
	)
	ask := asker(indextest.Story(t, story))
	ans, err := ask("When was the move on the three quangos announced?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "July") {
		t.Errorf("found %v %q; want last July", ans.Found, ans.Answer)
	}
}
