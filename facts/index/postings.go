package index

import (
	"slices"
	"strconv"
	"strings"
)

// Postings are the approved facts holding each index word and naming each
// entity, by Ref, ascending: retrieval intersects and scores them in memory,
// so its cost grows with what a question names, not with the archive.
type Postings struct {
	Terms    map[string][]int32 // index word -> facts holding it
	Entities map[string][]int32 // entity -> facts about it
}

// Shape is something a fact holds that a kind of question asks for: a figure
// for "how many", a date for "when". Retrieval prefers the facts that hold
// what the question asks for, before it reads any of them.
type Shape string

// Shapes a fact may hold. Their lists sit among the words', under keys no
// word can have.
const (
	ShapeFigure Shape = "\x00figure"
	ShapeDate   Shape = "\x00date"
	ShapePlace  Shape = "\x00place"
	ShapeQuote  Shape = "\x00quote"
)

// ShapesOf are the shapes of a fact with these index terms, and whether it
// has a value, a date, a place and a quotation.
func ShapesOf(terms string, hasValue, hasDate, hasPlace, hasQuote bool) []Shape {
	var out []Shape
	figure, year := hasValue, false
	for t := range strings.FieldsSeq(terms) {
		if t[0] >= '0' && t[0] <= '9' {
			figure = true
			if n, err := strconv.Atoi(t); err == nil && len(t) == 4 && n >= 1800 && n <= 2100 {
				year = true
			}
		}
	}
	if figure {
		out = append(out, ShapeFigure)
	}
	if hasDate || year {
		out = append(out, ShapeDate)
	}
	if hasPlace {
		out = append(out, ShapePlace)
	}
	if hasQuote {
		out = append(out, ShapeQuote)
	}
	return out
}

// roleKey is where the facts in which an entity has a role (speaker,
// subject) are listed, among the entities' lists.
func roleKey(id, role string) string { return "\x00" + role + "\x00" + id }

// Reserved reports whether a key of Terms or Entities is a shape's or a
// role's, not a word's or an entity's: frequencies count only the latter.
func Reserved(key string) bool { return strings.HasPrefix(key, "\x00") }

// NewPostings makes empty postings to Add to.
func NewPostings() Postings {
	return Postings{Terms: map[string][]int32{}, Entities: map[string][]int32{}}
}

// AddFact records an approved fact's index terms (" a b | c "), the entities
// it is about with their roles, and its shapes. Facts must be added in
// ascending Ref order.
func (p Postings) AddFact(ref int64, terms string, roles map[string]string, shapes []Shape) {
	entities := make([]string, 0, 2*len(roles))
	for id, role := range roles {
		entities = withRole(entities, id, role)
	}
	p.addShapes(ref, shapes)
	p.Add(ref, terms, entities)
}

// AddStored is AddFact for a fact as a knowledge base stores it: its roles
// written "id=role id=role". A read model is built from every approved fact,
// so this reads them in place instead of making a map of each.
func (p Postings) AddStored(ref int64, terms, roles string, shapes []Shape) {
	var buf [16]string
	entities := buf[:0]
	for len(roles) > 0 {
		var pair string
		pair, roles, _ = strings.Cut(roles, " ")
		id, role, ok := strings.Cut(pair, "=")
		if !ok || id == "" {
			continue
		}
		entities = withRole(entities, id, role)
	}
	p.addShapes(ref, shapes)
	p.Add(ref, terms, entities)
}

// withRole adds to entities the keys a fact about id in role is listed under:
// the entity's, and for a speaker or subject, the role's.
func withRole(entities []string, id, role string) []string {
	entities = append(entities, id)
	if role == "speaker" || role == "subject" {
		entities = append(entities, roleKey(id, role))
	}
	return entities
}

func (p Postings) addShapes(ref int64, shapes []Shape) {
	for _, s := range shapes {
		p.Terms[string(s)] = append(p.Terms[string(s)], int32(ref))
	}
}

// Add records an approved fact's index terms and the entities (or role keys)
// it is listed under. Facts must be added in ascending Ref order.
func (p Postings) Add(ref int64, terms string, entities []string) {
	r := int32(ref)
	for t := range strings.FieldsSeq(terms) {
		if t == PartBreak {
			continue
		}
		if l := p.Terms[t]; len(l) == 0 || l[len(l)-1] != r {
			p.Terms[t] = append(l, r)
		}
	}
	for _, id := range entities {
		if l := p.Entities[id]; len(l) == 0 || l[len(l)-1] != r {
			p.Entities[id] = append(l, r)
		}
	}
}

// Frequencies are how many approved facts hold each word and name each
// entity: their lists' lengths.
func (p Postings) Frequencies() (terms, entities map[string]int) {
	terms, entities = make(map[string]int, len(p.Terms)), make(map[string]int, len(p.Entities))
	for t, l := range p.Terms {
		if !Reserved(t) {
			terms[t] = len(l)
		}
	}
	for id, l := range p.Entities {
		if !Reserved(id) {
			entities[id] = len(l)
		}
	}
	return terms, entities
}

// ShapePostings are the approved facts holding a shape, ascending.
func (ix *Index) ShapePostings(s Shape) []int32 { return ix.postings.Terms[string(s)] }

// RolePostings are the approved facts in which an entity has a role
// ("speaker" or "subject"), ascending.
func (ix *Index) RolePostings(id, role string) []int32 {
	return ix.postings.Entities[roleKey(id, role)]
}

// TermPostings are the approved facts holding an index word, ascending.
func (ix *Index) TermPostings(term string) []int32 { return ix.postings.Terms[term] }

// EntityPostings are the approved facts about any of ids, ascending.
func (ix *Index) EntityPostings(ids []string) []int32 {
	if len(ids) == 1 {
		return ix.postings.Entities[ids[0]]
	}
	lists := make([][]int32, len(ids))
	for i, id := range ids {
		lists[i] = ix.postings.Entities[id]
	}
	return UnionAll(lists...)
}

// UnionAll merges ascending lists into one, each fact once: a surname forty
// people share names forty lists, merged in one allocation rather than one a
// list.
func UnionAll(lists ...[]int32) []int32 {
	n, nonEmpty := 0, 0
	var only []int32
	for _, l := range lists {
		if len(l) > 0 {
			n += len(l)
			nonEmpty++
			only = l
		}
	}
	if nonEmpty <= 1 {
		return only
	}
	out := make([]int32, 0, n)
	for _, l := range lists {
		out = append(out, l...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// PhrasePostings are the approved facts holding every word of a stem phrase:
// those that may hold the phrase itself.
func (ix *Index) PhrasePostings(phrase string) []int32 {
	words := strings.Fields(phrase)
	if len(words) == 1 {
		return ix.postings.Terms[words[0]]
	}
	slices.SortFunc(words, func(a, b string) int { return len(ix.postings.Terms[a]) - len(ix.postings.Terms[b]) })
	out := ix.postings.Terms[words[0]]
	for _, w := range words[1:] {
		out = intersect(out, ix.postings.Terms[w])
	}
	return out
}

// intersect keeps what two ascending lists share, looking each of the shorter
// up in the longer from where the last was found.
func intersect(a, b []int32) []int32 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var out []int32
	for _, r := range a {
		i, ok := slices.BinarySearch(b, r)
		if ok {
			out = append(out, r)
		}
		if b = b[i:]; len(b) == 0 {
			break
		}
	}
	return out
}
