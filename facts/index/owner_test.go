package index

import (
	"slices"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// TestRoles_Owner: a name found with another's name as its "'s" owner
// ("Oxfam's report") makes the fact speak of the owner too; a name that
// only starts with another ("Bank of England"), or holds it as a modifier,
// does not.
func TestRoles_Owner(t *testing.T) {
	n := NewNames()
	n.Add(facts.Entity{ID: "oxfam", Name: "Oxfam", Kind: "organization"})
	n.Add(facts.Entity{ID: "report", Name: "Paying the Price", Kind: "document", Aliases: []string{"Oxfam report"}})
	n.Add(facts.Entity{ID: "england", Name: "England", Kind: "place"})
	n.Add(facts.Entity{ID: "boe", Name: "Bank of England", Kind: "organization"})
	for s, want := range map[string]bool{
		"Oxfam's report says 45 million children will die.":   true,
		"The Oxfam report says 45 million children will die.": false,
	} {
		roles := Roles(facts.Fact{Statement: s, Subject: "report"}, n)
		if _, got := roles["oxfam"]; got != want {
			t.Errorf("%q: about Oxfam %v, want %v (roles %v)", s, got, want, roles)
		}
	}
	roles := Roles(facts.Fact{Statement: "The Bank of England's governor raised rates."}, n)
	if _, ok := roles["england"]; ok || !slices.Contains(keys(roles), "boe") {
		t.Errorf("Bank of England's governor: roles %v, want the bank and not England", roles)
	}
}

func keys(m map[string]string) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
