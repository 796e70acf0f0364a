package index

import (
	"slices"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/text"
)

// TestFind_OtherFirstName: a surname alias preceded by another first name is
// another person; the same first name, a misspelt one, or a title keeps it.
func TestFind_OtherFirstName(t *testing.T) {
	n := NewNames()
	n.Add(facts.Entity{ID: "martin-johnson", Name: "Martin Johnson", Kind: "person", Aliases: []string{"Johnson"}})
	for s, want := range map[string]bool{
		"Tory MP Boris Johnson said": false,
		"Martin Johnson said":        true,
		"Martn Johnson said":         true,
		"Captain Johnson said":       true,
		"Mr Johnson said":            true,
		"England's Johnson said":     true,
		"Johnson said":               true,
	} {
		found := false
		for _, m := range n.Find(text.Tokenize(s)) {
			found = found || slices.Contains(m.IDs, "martin-johnson")
		}
		if found != want {
			t.Errorf("%q: finds Martin Johnson %v, want %v", s, found, want)
		}
	}
}
