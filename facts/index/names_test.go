package index

import (
	"slices"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/text"
)

// TestFind_OtherFirstName: a surname alias preceded by another first name is
// another person; the same first name, a misspelt one, a title or a
// nationality ("Russian Martin Johnson") keeps it.
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
		"American Johnson said":      true,
		"Russian Martin Johnson won": true,
		"Keith Johnson said":         false,
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

// TestFind_WholeNameAfterCapitalisedWord: a person's whole name written
// right after a capitalised word of a title ("Minister for Work Jane
// Kennedy", "Liberal Democrat Mark Oaten") is that person: the word before
// is no first name that rules them out, as it is before a surname alone.
func TestFind_WholeNameAfterCapitalisedWord(t *testing.T) {
	n := NewNames()
	n.Add(facts.Entity{ID: "jane-kennedy", Name: "Jane Kennedy", Kind: "person", Aliases: []string{"Kennedy"}})
	n.Add(facts.Entity{ID: "van-gogh", Name: "Vincent Van Gogh", Kind: "person", Aliases: []string{"Van Gogh"}})
	for s, want := range map[string]string{
		"Minister for Work Jane Kennedy said": "jane-kennedy",
		"Liberal Democrat Jane Kennedy said":  "jane-kennedy",
		"Charles Kennedy said":                "",
		"Theo Van Gogh was killed":            "",
	} {
		got := ""
		for _, m := range n.Find(text.Tokenize(s)) {
			got += strings.Join(m.IDs, ",")
		}
		if got != want {
			t.Errorf("%q: finds %q, want %q", s, got, want)
		}
	}
}

// TestFind_NameWithoutItsArticle: a proper name recorded with its article
// ("the Telegraph") is found written without it before a common word, but
// a common noun so recorded ("the union") is not, nor a longer name.
func TestFind_NameWithoutItsArticle(t *testing.T) {
	n := NewNames()
	n.Add(facts.Entity{ID: "telegraph", Name: "Telegraph Group", Kind: "organization", Aliases: []string{"the Telegraph"}})
	n.Add(facts.Entity{ID: "union", Name: "Harbour Workers Union", Kind: "organization", Aliases: []string{"the union"}})
	for s, want := range map[string]string{
		"Telegraph journalists met on Friday.": "telegraph",
		"They said Telegraph staff would go.":  "telegraph",
		"The Telegraph said so.":               "telegraph",
		"Union members met on Friday.":         "",
		"He joined Telegraph Media in 2001.":   "",
		"Members of the union met on Friday.":  "union",
	} {
		got := ""
		for _, m := range n.Find(text.Tokenize(s)) {
			got = strings.Join(m.IDs, ",")
		}
		if got != want {
			t.Errorf("%q: finds %q, want %q", s, got, want)
		}
	}
}

// TestFind_ArticleAddsNoLength: of two names overlapping, "the Brits" and
// "Brits committee", the one with more words of its own wins: "the Brits
// committee said" names the committee.
func TestFind_ArticleAddsNoLength(t *testing.T) {
	n := NewNames()
	n.Add(facts.Entity{ID: "brit-awards", Name: "Brit Awards", Kind: "event", Aliases: []string{"the Brits"}})
	n.Add(facts.Entity{ID: "brits-committee", Name: "Brits committee", Kind: "organization"})
	ms := n.Find(text.Tokenize("The Brits committee said dance music is no longer where it's happening."))
	if len(ms) == 0 || !slices.Contains(ms[0].IDs, "brits-committee") {
		t.Errorf("found %+v; want the Brits committee", ms)
	}
}

// TestFind_TitleAcronym: "the PM" is the person titled Prime minister, as
// written in capitals after "the"; "the deputy PM", "the Turkish PM" and
// "3pm" are not, nor is a title of one word shortened.
func TestFind_TitleAcronym(t *testing.T) {
	n := NewNames()
	n.Add(facts.Entity{ID: "blair", Name: "Tony Blair", Kind: "person", Title: "Prime minister"})
	n.Add(facts.Entity{ID: "brown", Name: "Gordon Brown", Kind: "person", Title: "Chancellor"})
	for s, want := range map[string]string{
		"What did the PM say?":         "blair",
		"The PM's spokesman said":      "blair",
		"What did the deputy PM say?":  "",
		"What did the Turkish PM say?": "",
		"The talks end at 3pm":         "",
		"What did the pm say?":         "",
		"What did the C say?":          "",
	} {
		got := ""
		for _, m := range n.Find(text.Tokenize(s)) {
			got += strings.Join(m.IDs, ",")
		}
		if got != want {
			t.Errorf("%q: finds %q, want %q", s, got, want)
		}
	}
}
