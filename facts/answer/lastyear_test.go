package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_LastYearOfTheStory: "last year", asked of a story that ran in
// 2005, is 2004: a fact that gives 2004's figure answers, one that gives
// 2003's does not.
func TestAsk_LastYearOfTheStory(t *testing.T) {
	story := func(year string) *facts.StoryFile {
		return deskStory("cinema-2005", "Japanese cinema booms", "2005-01-28", "Arts Desk",
			[]facts.Entity{{ID: "japan", Name: "Japan", Kind: "country"}},
			deskFact("admissions", "Figures showed 170 million cinema admissions in Japan in "+year+".", "japan"),
		)
	}
	ask := asker(besideBundled(t, story("2004")))
	answersWith(t, ask, map[string]string{"How many cinema admissions were there in Japan last year?": "170 million"})
	ask = asker(besideBundled(t, story("2003")))
	answersWith(t, ask, map[string]string{"How many cinema admissions were there in Japan last year?": ""})
}
