package answer_test

import (
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_OtherYear: "Who is directing this year's Meltdown festival?" is not
// answered by "Last year's Meltdown festival was directed by Morrissey": it
// tells of another year. Asked of last year, it answers; a question that
// names both years compares them.
func TestAsk_OtherYear(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("meltdown-2005", "Patti Smith to host arts festival", "2005-01-16", "Arts Desk",
		[]facts.Entity{
			{ID: "smith", Name: "Patti Smith", Kind: "person", Title: "Rock star", Aliases: []string{"Smith"}},
			{ID: "morrissey", Name: "Morrissey", Kind: "person", Title: "Former Smiths singer"},
			{ID: "meltdown", Name: "Meltdown", Kind: "event", Aliases: []string{"Meltdown festival"}},
		},
		deskFact("last-year", "Last year's Meltdown festival was directed by the ex-Smiths star Morrissey.", "morrissey"),
		deskFact("lineup", "Smith has yet to decide the line-up for Meltdown.", "smith"),
	)))
	ans, err := ask("Who is directing this year's Meltdown festival?", facts.AskOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ans.Found && strings.Contains(ans.Answer, "Morrissey") {
		t.Errorf("answered %q; that was last year's", ans.Answer)
	}
	for _, q := range []string{"Who directed last year's Meltdown festival?", "Did Morrissey direct last year's or this year's Meltdown festival?"} {
		if ans, err = ask(q, facts.AskOptions{}); err != nil {
			t.Fatal(err)
		}
		if !ans.Found || !strings.Contains(ans.Answer, "Morrissey") {
			t.Errorf("%s: found %v %q; want Morrissey", q, ans.Found, ans.Answer)
		}
	}
}
