package answer

import (
	"fmt"
	"slices"
	"testing"

	"github.com/factdesk/factdesk/facts/index"
)

// Two entities each in thousands of facts (a shared surname, an organisation
// in many stories), and one old fact naming both: retrieval must find it, as
// the intersection of their postings, however far back it lies.
func TestRetrieve_LongListsMeet(t *testing.T) {
	p := index.NewPostings()
	p.Add(1, "said cut jobs", []string{"okafor", "mirmark"})
	ref := int64(2)
	for i := range 3 * maxWalk {
		who := []string{"okafor"}
		if i%2 == 1 {
			who = []string{"mirmark"}
		}
		p.Add(ref, fmt.Sprintf("said word%d", i), who)
		ref++
	}
	d := index.Data{TermDF: map[string]int{}, EntityDF: map[string]int{}, Facts: int(ref - 1), Postings: p}
	for id, l := range p.Entities {
		d.EntityDF[id] = len(l)
	}
	for w, l := range p.Terms {
		d.TermDF[w] = len(l)
	}
	ix := index.Build(1, d)
	q := question{Entities: []index.Mention{{IDs: []string{"okafor"}}, {IDs: []string{"mirmark"}}}}
	got := retrieve(q, ix, maxCandidates)
	if !slices.Contains(got, 1) {
		t.Errorf("retrieved %d facts, not fact 1, the only one naming both Okafor (%d facts) and Mirmark (%d facts)",
			len(got), len(p.Entities["okafor"]), len(p.Entities["mirmark"]))
	}
	if len(got) > maxCandidates {
		t.Errorf("retrieved %d facts; want at most %d", len(got), maxCandidates)
	}
}

// Among facts that name what a "how many" question names, the one with a
// figure is read first, though a hundred newer ones without figures score
// the same on words and names alone.
func TestRetrieve_PrefersTheShapeAsked(t *testing.T) {
	p := index.NewPostings()
	ref := int64(1)
	p.AddFact(ref, "mirmark cut 2500 job", map[string]string{"mirmark": "subject"}, index.ShapesOf("mirmark cut 2500 job", true, false, false, false))
	for range 100 {
		ref++
		p.AddFact(ref, "mirmark cut job", map[string]string{"mirmark": "subject"}, nil)
	}
	d := index.Data{Facts: int(ref), Postings: p}
	d.TermDF, d.EntityDF = p.Frequencies()
	ix := index.Build(1, d)
	q := question{Type: askHowMany, Entities: []index.Mention{{IDs: []string{"mirmark"}}},
		Terms: []qterm{{Text: "jobs", Weight: 1, Alts: []index.Alt{{Stem: "job", Weight: 1}}}}}
	got := retrieve(q, ix, maxCandidates)
	if !slices.Contains(got, 1) {
		t.Errorf("retrieved %v for a how-many question; want fact 1, the only one with a figure", got)
	}
}
