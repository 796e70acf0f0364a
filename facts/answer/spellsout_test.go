package answer

import (
	"strings"
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

// TestStandsFor: a short form's letters begin words of its expansion in
// order, or run on within one ("Balco"), passing over small words; a
// name that does not spell it is no expansion of it.
func TestStandsFor(t *testing.T) {
	for _, tt := range []struct {
		short, words string
		whole, want  bool
	}{
		{"FCC", "Federal Communications Commission", true, true},
		{"RNID", "Royal National Institute for Deaf People", false, true},
		{"RNID", "Royal National Institute for Deaf People", true, false},
		{"NEM", "Networked & Electronic Media initiative", false, true},
		{"Balco", "Bay Area Laboratory Co-operative", true, true},
		{"BYODKM", "bring your own display keyboard and mouse", true, true},
		{"FCC", "Financial Conduct Authority", false, false},
		{"regulator", "US regulators", false, false},
		{"Stern", "Howard Stern", false, false},
	} {
		if got := standsFor(tt.short, strings.Fields(tt.words), tt.whole); got != tt.want {
			t.Errorf("standsFor(%q, %q, whole %v) = %v, want %v", tt.short, tt.words, tt.whole, got, tt.want)
		}
	}
}
