package index

import (
	"slices"

	"github.com/factdesk/factdesk/facts/text"
)

// owners lists the entities a name found in a fact holds at its start as its
// owner: "Oxfam's report" (found as the report's alias "Oxfam report")
// speaks of Oxfam too, so "How many children will die, according to
// Oxfam?" is answered by what its report says. Only an owner written with
// "'s" counts: a name that merely starts with another ("Bank of England",
// "New York Times") is not that other acting, and a modifier ("the Big
// Brother spokeswoman") was found to bring in facts that answer nothing
// asked of the show.
func (ix *Names) owners(toks []text.Token, m Mention) []string {
	from := m.From
	if from < m.To && toks[from].Norm == "the" {
		from++
	}
	if m.To-from < 2 {
		return nil
	}
	for _, o := range ix.Find(toks[from : m.To-1]) {
		if o.From != 0 || !toks[from+o.To-1].Possessive {
			continue
		}
		return slices.DeleteFunc(slices.Clone(o.IDs), func(id string) bool { return slices.Contains(m.IDs, id) })
	}
	return nil
}
