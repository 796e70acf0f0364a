package index_test

import (
	"slices"
	"testing"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
)

// TestTermsOf_HyphenJoinedWord: two words a hyphen joins into one English
// word are indexed as that word too, so "cooperating" finds "co-operating";
// words a hyphen joins into no word ("set-top") stay two.
func TestTermsOf_HyphenJoinedWord(t *testing.T) {
	terms := index.TermsOf("Marsh is co-operating fully with the regulator.")
	if !slices.Contains(terms, text.Stem("cooperating")) {
		t.Errorf("terms %v lack %q", terms, text.Stem("cooperating"))
	}
	terms = index.TermsOf("Five million set-top boxes were sold.")
	if slices.Contains(terms, text.Stem("settop")) || !slices.Contains(terms, text.Stem("set")) || !slices.Contains(terms, text.Stem("top")) {
		t.Errorf("terms %v: want set and top, and no word joined of them", terms)
	}
}
