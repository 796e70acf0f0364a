package index

import (
	"slices"
	"strings"
)

// Postings are the approved facts holding each index word and naming each
// entity, by Ref, ascending: retrieval intersects and scores them in memory,
// so its cost grows with what a question names, not with the archive.
type Postings struct {
	Terms    map[string][]int32 // index word -> facts holding it
	Entities map[string][]int32 // entity -> facts about it
}

// NewPostings makes empty postings to Add to.
func NewPostings() Postings {
	return Postings{Terms: map[string][]int32{}, Entities: map[string][]int32{}}
}

// Add records an approved fact's index terms (" a b | c ") and the entities it
// is about. Facts must be added in ascending Ref order.
func (p Postings) Add(ref int64, terms string, entities []string) {
	r := int32(ref)
	for _, t := range strings.Fields(terms) {
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

// sortAll puts every list in ascending order, for postings not added in order.
func (p Postings) sortAll() {
	for _, l := range p.Terms {
		slices.Sort(l)
	}
	for _, l := range p.Entities {
		slices.Sort(l)
	}
}

// TermPostings are the approved facts holding an index word, ascending.
func (ix *Index) TermPostings(term string) []int32 { return ix.postings.Terms[term] }

// EntityPostings are the approved facts about any of ids, ascending.
func (ix *Index) EntityPostings(ids []string) []int32 {
	if len(ids) == 1 {
		return ix.postings.Entities[ids[0]]
	}
	var out []int32
	for _, id := range ids {
		out = union(out, ix.postings.Entities[id])
	}
	return out
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

// union merges two ascending lists.
func union(a, b []int32) []int32 {
	if len(a) == 0 {
		return b
	}
	if len(b) == 0 {
		return a
	}
	out := make([]int32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// intersect keeps what two ascending lists share.
func intersect(a, b []int32) []int32 {
	if len(a) > len(b) {
		a, b = b, a
	}
	var out []int32
	for _, r := range a {
		if _, ok := slices.BinarySearch(b, r); ok {
			out = append(out, r)
		}
	}
	return out
}
