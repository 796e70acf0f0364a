package wire

import (
	"github.com/factdesk/factdesk/facts"

	"github.com/factdesk/factdesk/facts/claims"

	"github.com/factdesk/factdesk/facts/text"

	"fmt"
	"regexp"
	"slices"
	"strings"
)

// drafter turns an article's claims into a story's entities and facts.
type drafter struct {
	sf       *facts.StoryFile
	body     []rune
	known    []facts.Entity  // the knowledge base's entities
	people   []*draftPerson  // people the article names, in order of first mention
	mentions []mention       // where each person is named, for "he said"
	ids      map[string]bool // ids taken: entities in the knowledge base and in the draft
	factIDs  map[string]bool
	factAt   []int // where each fact was found in the article, in runes
}

type draftPerson struct {
	facts.Entity
	fromKB bool // an entity the knowledge base holds; written unchanged
	used   bool // a fact refers to it
}

type mention struct {
	at     int
	person *draftPerson
}

func newDrafter(sf *facts.StoryFile, known []facts.Entity, body string) *drafter {
	d := &drafter{sf: sf, body: []rune(body), known: known, ids: map[string]bool{}, factIDs: map[string]bool{}}
	for _, e := range known {
		d.ids[e.ID] = true
	}
	return d
}

// orgWords mark a speaker as an organisation rather than a person.
var orgWords = text.Set(`ministry department agency council committee commission authority union association university
company corporation inc corp group bank office board institute foundation police army court party watch administration
government parliament congress senate`)

// appositiveRE finds "Name, the/a role, said": a title the role-noun list may not
// know ("Lena Park, the city's chief engineer, said").
var appositiveRE = regexp.MustCompile(`([A-Z][\p{L}’'.-]+(?: [A-Z][\p{L}’'.-]+)+), ((?:the|an?) [^,;:"“”()]{3,80}), (\p{Ll}+)`)

// titledPeople registers the people the article names with a title, in text order.
func (d *drafter) titledPeople(cs []claims.Claim) {
	for _, c := range cs {
		if c.Kind != claims.ClaimPerson || c.Name == nil || c.Title == nil {
			continue
		}
		// One unknown word after a role noun names no one: "the U.N. General
		// Assembly's committee" is not a general called Assembly.
		if n := text.NormPhrase(c.Name.Text); !strings.Contains(n, " ") && d.find(n) == nil && d.fromKnown(n) == nil {
			continue
		}
		p := d.person(c.Name.Text, c.Name.Start)
		if p != nil && p.Title == "" && !p.fromKB {
			p.Title = titleText(d.withArticle(*c.Title))
			p.used = true
			d.addTitleFact(p, c.Start, c.Sentence.Text)
		}
	}
	for _, m := range appositiveRE.FindAllStringSubmatchIndex(string(d.body), -1) {
		body := string(d.body)
		if !text.IsReportingVerb(body[m[6]:m[7]]) {
			continue
		}
		at := utf8Offset(body, m[2])
		p := d.person(body[m[2]:m[3]], at)
		if p != nil && p.Title == "" && !p.fromKB {
			p.Title = titleText(body[m[4]:m[5]])
			p.used = true
			d.addTitleFact(p, at, d.sentenceAt(at))
		}
	}
}

// withArticle is a title as the article writes it, with the "the", "a" or
// "an" that opens it after a name ("Lena Park, the city's chief engineer"),
// which the claim leaves out.
func (d *drafter) withArticle(t claims.Span) string {
	before := strings.ToLower(string(d.body[max(0, t.Start-4):t.Start]))
	for _, a := range []string{"the ", "a ", "an "} {
		if strings.HasSuffix(before, " "+a) || before == a {
			return string(d.body[t.Start-len(a):t.Start]) + t.Text
		}
	}
	return t.Text
}

// titleText is a title as the knowledge base keeps it: a lone role word written
// before a name loses its capital ("Mayor Rosa Delgado": mayor).
func titleText(s string) string {
	s = collapse(s)
	if toks := text.Tokenize(s); len(toks) == 1 && text.IsRoleNoun(toks[0].Norm) {
		return strings.ToLower(s)
	}
	return s
}

// person finds or creates the person a name (or the last part of a name, or a
// name with its title: "Mayor Rosa Delgado") refers to; nil when the words name
// nobody, like a bare "the mayor".
func (d *drafter) person(raw string, at int) *draftPerson {
	raw, _, _ = strings.Cut(collapse(raw), ",")
	toks := text.Tokenize(raw)
	for len(toks) > 0 && (toks[0].Norm == "the" || toks[0].Norm == "a" || toks[0].Norm == "an") {
		toks = toks[1:]
	}
	if len(toks) == 0 {
		return nil
	}
	if !toks[0].Upper && !toks[0].Caps {
		return d.byTitle(toks[len(toks)-1].Norm)
	}
	// Drop a title written before the name: "State Transportation Secretary Omar Haddad".
	for k := len(toks) - 2; k >= 0; k-- {
		if text.IsRoleNoun(toks[k].Norm) {
			toks = toks[k+1:]
			break
		}
	}
	name := string([]rune(raw)[toks[0].Start:toks[len(toks)-1].End])
	norm := text.NormPhrase(name)
	p := d.find(norm)
	if p == nil {
		p = d.fromKnown(norm)
	}
	if p == nil {
		kind := "person"
		for _, t := range toks {
			if orgWords[t.Norm] {
				kind = "organization"
			}
		}
		p = &draftPerson{Entity: facts.Entity{ID: d.newID(slugify(name)), Name: name, Kind: kind}}
		d.people = append(d.people, p)
	} else if !p.fromKB && text.NormPhrase(p.Name) != norm && !slices.Contains(p.Aliases, name) {
		p.Aliases = append(p.Aliases, name) // "Delgado" for Rosa Delgado, so questions can use it
	}
	d.mentions = append(d.mentions, mention{at, p})
	return p
}

// find matches a normalised name against the people named so far: the whole
// name, an alias, or a surname alone.
func (d *drafter) find(norm string) *draftPerson {
	var bySurname *draftPerson
	for _, p := range d.people {
		full := text.NormPhrase(p.Name)
		if full == norm || slices.ContainsFunc(p.Aliases, func(a string) bool { return text.NormPhrase(a) == norm }) {
			return p
		}
		if !strings.Contains(norm, " ") && strings.HasSuffix(full, " "+norm) {
			bySurname = p
		}
	}
	return bySurname
}

// fromKnown looks a name up among the knowledge base's entities.
func (d *drafter) fromKnown(norm string) *draftPerson {
	for _, e := range d.known {
		if text.NormPhrase(e.Name) == norm || slices.ContainsFunc(e.Aliases, func(a string) bool { return text.NormPhrase(a) == norm }) {
			p := &draftPerson{Entity: e, fromKB: true}
			d.people = append(d.people, p)
			return p
		}
	}
	return nil
}

// byTitle finds the one person named so far whose title holds a role word: "the
// mayor" after "Mayor Rosa Delgado".
func (d *drafter) byTitle(role string) *draftPerson {
	if !text.IsRoleNoun(role) {
		return nil
	}
	var found *draftPerson
	for _, p := range d.people {
		if slices.ContainsFunc(text.Tokenize(p.Title), func(t text.Token) bool { return t.Norm == role }) {
			if found != nil {
				return nil // two candidates: do not guess
			}
			found = p
		}
	}
	return found
}

// lastMentioned is the person named last before rune offset at, in the same
// paragraph or the one before: whom "he said" most likely means.
func (d *drafter) lastMentioned(at int) *draftPerson {
	var best *mention
	for i := range d.mentions {
		m := &d.mentions[i]
		if m.at < at && (best == nil || m.at > best.at) {
			best = m
		}
	}
	if best == nil || strings.Count(string(d.body[best.at:at]), "\n\n") > 1 {
		return nil
	}
	return best.person
}

func (d *drafter) newID(base string) string {
	id := base
	for n := 2; d.ids[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	d.ids[id] = true
	return id
}

// entities are the people the facts refer to, in order of first mention.
func (d *drafter) entities() []facts.Entity {
	var out []facts.Entity
	for _, p := range d.people {
		if p.used {
			out = append(out, p.Entity)
		}
	}
	return out
}

// sentenceAt is the sentence holding rune offset at.
func (d *drafter) sentenceAt(at int) string {
	for _, s := range claims.SplitSentences(d.body) {
		if at >= s.Start && at < s.End {
			return s.Text
		}
	}
	return ""
}

// utf8Offset converts a byte offset in s to a rune offset.
func utf8Offset(s string, b int) int { return len([]rune(s[:b])) }
