package answer

import (
	"testing"

	"github.com/factdesk/factdesk/facts/text"
)

// TestSpellsOut: an acronym is spelt out by consecutive words with its
// letters first, in order; not by words out of order or apart, and a
// two-letter one is not read so at all.
func TestSpellsOut(t *testing.T) {
	for _, tt := range []struct {
		s, acronym string
		want       bool
	}{
		{"Windows digital rights management technology", "drm", true},
		{"rights digital management", "drm", false},
		{"digital music rights management", "drm", false},
		{"the United States", "us", false},
	} {
		if got := spellsOut(text.Tokenize(tt.s), tt.acronym); got != tt.want {
			t.Errorf("spellsOut(%q, %q) = %v, want %v", tt.s, tt.acronym, got, tt.want)
		}
	}
}
