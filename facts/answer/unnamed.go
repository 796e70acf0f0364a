package answer

import (
	"slices"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/text"
	"github.com/factdesk/factdesk/facts/wordnet"
)

// unnamedAsked returns how the question names a person the curator recorded
// by role alone ("Mayor of Seattle", titled "mayor of Seattle"), when it asks
// who that is: "Who is the mayor of Seattle?" wants a name, and the knowledge
// base has none to give. Describing the entity would say "Mayor of Seattle is
// the mayor of Seattle", the question given back as an answer. "" otherwise.
//
// A role is asked after "the", as a person's name never is: "Who is the
// deputy prime minister?" still finds John Prescott by his title. A person
// recorded as someone's ("Pullman's agent") is recorded by a description
// too, and "Who is Pullman's agent?" asks for the name it lacks.
func (q question) unnamedAsked(e facts.Entity, ix *index.Index) string {
	if e.Kind != "person" {
		return ""
	}
	at := slices.IndexFunc(q.Entities, func(m index.Mention) bool { return slices.Contains(m.IDs, e.ID) })
	if at < 0 {
		return ""
	}
	m := q.Entities[at]
	if !(m.From > 0 && q.Toks[m.From-1].Norm == "the" && roleOnly(e, ix.Names) || q.Toks[m.From].Possessive && ownedName(e)) {
		return ""
	}
	from := m.From
	if !q.Toks[from].Possessive {
		from-- // "the mayor of Seattle"
	}
	rs := []rune(q.Text)
	return string(rs[q.Toks[from].Start:min(q.Toks[m.To-1].End, len(rs))])
}

// roleOnly reports whether a person's recorded name is a role, not a name:
// the title says every word of it again ("Mayor of Seattle", titled "mayor of
// Seattle"), or the word names another entity ("WSIS spokesman", titled
// "spokesman for the World Summit on the Information Society", WSIS an
// organisation of the knowledge base), and one of them names a person
// ("mayor", "spokesman"). A name tested word by word against WordNet fails on
// names that are words too ("john", a toilet; Prescott, a town in Arizona).
func roleOnly(e facts.Entity, names *index.Names) bool {
	said := map[string]bool{}
	for _, t := range text.Tokenize(e.Title) {
		said[t.Stem] = true
	}
	person := false
	for _, t := range text.Tokenize(e.Name) {
		if text.IsStopword(t.Norm) {
			continue
		}
		if !said[t.Stem] && !slices.ContainsFunc(names.Named(t.Norm), func(id string) bool { return id != e.ID }) {
			return false
		}
		person = person || wordnet.Marked(t.Norm, t.Stem, wordnet.People)
	}
	return person
}

// ownedName reports whether a person's recorded name opens with an owner's
// name ("Pullman's agent"): a description of whose they are, not a name.
func ownedName(e facts.Entity) bool {
	toks := text.Tokenize(e.Name)
	return e.Kind == "person" && len(toks) > 1 && toks[0].Possessive
}
