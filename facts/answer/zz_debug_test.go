package answer

import (
	"fmt"
	"testing"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/wordnet"
)

func TestZZDebug(t *testing.T) {
	ix := index.Build(1, index.Data{Names: index.NewNames(), Postings: index.NewPostings()})
	for _, s := range []string{"How many manufacturing jobs were added in December?", "How many said tax was crucial?"} {
		q := parseQuestion(s, ix)
		fmt.Printf("%q\n", s)
		for _, tm := range q.countedNoun {
			fmt.Println("  ", tm.Text, tm.At, tm.Alts[0].Stem, wordnet.PartsOfSpeech(tm.Alts[0].Stem))
		}
	}
}
