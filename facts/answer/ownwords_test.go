package answer_test

import (
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestAsk_FigureOfItsOwnWords: of two figures of one kind in a sentence, the
// answer leads with the one whose own words hold the question's: "41% are
// women", not "59% are men", for "What percentage of owners are women?".
func TestAsk_FigureOfItsOwnWords(t *testing.T) {
	ask := asker(besideBundled(t, deskStory("mp3-2005", "MP3 players take off", "2005-03-01", "Technology Desk",
		[]facts.Entity{{ID: "pew", Name: "Pew Internet", Kind: "organization"}},
		deskFact("owners", "Of the 22 million owners, 59% are men and 41% are women.", "pew"),
	)))
	leadsWith(t, ask, map[string]string{"What percentage of owners are women?": "41%."})
}
