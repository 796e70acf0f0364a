package facts

import (
	"fmt"
	"strings"
)

// rankModifiers change what a role is: a deputy ambassador is not the ambassador.
var rankModifiers = setOf(`deputy vice assistant acting interim associate`)

// pastRoles mark a title the person no longer holds (or not yet): the knowledge
// base records a current role, so these are not compared.
var pastRoles = setOf(`former ex onetime then previous previously later future incoming outgoing erstwhile once`)

// checkTitle compares the role a draft gives a person with the role the knowledge
// base records for them: the role noun (minister is not ambassador, but envoy and
// diplomat may be), its rank (deputy), and whom it is held for (France's
// ambassador is not China's).
func (ck *checker) checkTitle(c Claim) {
	if c.Name == nil || c.Title == nil {
		return
	}
	person, ok := ck.personIn(*c.Name)
	if !ok {
		return
	}
	e, _ := ck.entity(person)
	recorded := strings.Join(append([]string{e.Name, e.Title}, e.Aliases...), " . ")
	recRoles, recWords := roleStems(recorded)
	claimRoles, claimWords := roleStems(c.Title.Text)
	if len(recRoles) == 0 || len(claimRoles) == 0 {
		return
	}
	for w := range claimWords {
		if pastRoles[w] {
			return
		}
	}
	ck.checked++
	expected := e.Title
	if expected == "" {
		expected = e.Name
	}
	wrong := ""
	for _, r := range claimRoles {
		fits := false
		for _, rr := range recRoles {
			if ck.sameConcept(r, rr) {
				fits = true
			}
		}
		if !fits {
			wrong = r
			break
		}
	}
	if wrong == "" {
		for w := range claimWords {
			if rankModifiers[w] && !recWords[w] {
				wrong = w
				break
			}
		}
	}
	if wrong == "" {
		wrong = ck.wrongAffiliation(person, *c.Title)
	}
	if wrong == "" {
		return
	}
	msg := fmt.Sprintf("The knowledge base gives %s's role as %s.", e.Name, expected)
	ck.add(Finding{Kind: "title", Text: c.Title.Text, Start: c.Title.Start, End: c.Title.End, Expected: expected, Message: msg,
		FactID: ck.roleFact(person), Source: ck.roleSource(person)})
}

// personIn returns the one person a name span refers to.
func (ck *checker) personIn(sp Span) (string, bool) {
	found := ""
	for _, id := range ck.entitiesIn(sp) {
		e, ok := ck.entity(id)
		if !ok || e.Kind != "person" {
			continue
		}
		if found != "" && found != id {
			return "", false
		}
		found = id
	}
	return found, found != ""
}

// roleStems returns the stems of the role nouns in a title, and all its words.
func roleStems(s string) ([]string, map[string]bool) {
	var roles []string
	words := map[string]bool{}
	for _, t := range tokenize(s) {
		words[t.Norm] = true
		if roleNouns[t.Norm] {
			roles = append(roles, t.Stem)
		}
	}
	return roles, words
}

// wrongAffiliation returns a country or organisation the draft's title ties the
// person to when the knowledge base ties them to another of the same kind.
func (ck *checker) wrongAffiliation(person string, title Span) string {
	aff := ck.affiliations(person)
	seen := map[string]bool{}
	var named []string
	for _, id := range ck.entitiesIn(title) {
		named = append(named, id)
	}
	for _, t := range tokenize(title.Text) {
		if t.Upper && !isStopword(t.Norm) {
			named = append(named, ck.ix.aliases.byNorm[t.Norm]...)
		}
	}
	for _, id := range named {
		if id == person || seen[id] || aff[id] {
			continue
		}
		seen[id] = true
		e, ok := ck.entity(id)
		if !ok || (e.Kind != "country" && e.Kind != "organization") {
			continue
		}
		sameKind := false
		for a := range aff {
			if ae, ok := ck.entity(a); ok && ae.Kind == e.Kind {
				sameKind = true
				if ck.memberLinked(a, id) {
					sameKind = false
					break
				}
			}
		}
		if sameKind {
			return e.Name
		}
	}
	return ""
}

// roleFact is the fact that states a person's role, if one does: the subject is
// the person and the object or statement holds a role noun.
func (ck *checker) roleFact(person string) string {
	if cf := ck.roleCheckFact(person); cf != nil {
		return cf.FullID()
	}
	return ""
}

func (ck *checker) roleSource(person string) *Source {
	if cf := ck.roleCheckFact(person); cf != nil {
		src := cf.source
		return &src
	}
	return nil
}

func (ck *checker) roleCheckFact(person string) *checkFact {
	var best *checkFact
	for _, cf := range ck.facts {
		if cf.Subject != person {
			continue
		}
		roles, _ := roleStems(cf.Object + " " + cf.Predicate)
		if len(roles) > 0 {
			return cf
		}
		if r, _ := roleStems(cf.Statement); best == nil && len(r) > 0 {
			best = cf
		}
	}
	return best
}
