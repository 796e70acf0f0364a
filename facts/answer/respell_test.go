package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_RespeltWord: a word misspelt so that its stem is no longer the
// word's ("credibilty", "importnat") is read as the word meant, and the
// question is answered as if spelt right.
func TestAsk_RespeltWord(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("trial-2005", "Defence attacks witness", "2005-03-10", "Courts Desk",
		[]facts.Entity{{ID: "kite", Name: "Debbie Kite", Kind: "person", Aliases: []string{"Kite"}}},
		deskFact("credibility", "The defence challenged Kite's credibility, noting she had worked for the singer for less than a week.", "kite"),
		deskFact("audio", "Audio is becoming more important on phones as music players are built in.", ""),
	)))
	for q, want := range map[string]string{
		"Did the defence challenge Kite's credibilty?":   "less than a week",
		"Why is audio getting more importnat on phones?": "music players",
	} {
		ans, err := ask(q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.Contains(ans.Answer, want) {
			t.Errorf("%q: found %v %q; want the fact saying %q", q, ans.Found, ans.Answer, want)
		}
	}
}

// TestAsk_SlipWithAnEnglishStem: "goverment" stems as "governess" does, so
// its stem is English, but it is no word as written: it is read as the
// knowledge base's "government".
func TestAsk_SlipWithAnEnglishStem(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("miliband-2005", "Miliband profile", "2005-02-01", "Politics Desk",
		[]facts.Entity{{ID: "miliband", Name: "David Miliband", Kind: "person", Aliases: []string{"Miliband"}}},
		deskFact("seen", "Miliband is seen as one of the more intellectual figures in the government.", "miliband"),
	)))
	answersWith(t, ask, map[string]string{"how is miliband regarded in goverment?": "intellectual"})
}
