package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_PlaceBeforePersonNoun: a country named just before a noun for a
// kind of person ("US actor Ossie Davis") says where he is from, not where
// what the fact tells happened: "Where was Davis found dead?" is not
// answered, "Where was Davis from?" is.
func TestAsk_PlaceBeforePersonNoun(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("davis-2005", "US actor Ossie Davis dies", "2005-02-04", "Arts Desk",
		[]facts.Entity{
			{ID: "davis", Name: "Ossie Davis", Kind: "person", Title: "actor", Aliases: []string{"Davis"}},
			{ID: "us", Name: "United States", Kind: "country", Aliases: []string{"US"}},
		},
		deskFact("found-dead", "US actor Ossie Davis has been found dead at the age of 87.", "davis"),
	)))
	answersWith(t, ask, map[string]string{
		"Where was Davis found dead?": "",
		"Where was Davis from?":       "US actor",
	})
}
