package index

import (
	"context"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/factdesk/factdesk/facts"
)

// Memory is a Store over facts held in memory, built from story files: the
// engine can be run and tested on a literal knowledge base, without a
// database. Its matching follows the SQLite store's: the same facts match,
// though facts matching any group may come in another order.
type Memory struct {
	docs     []*Doc             // every fact, any status; a fact's Ref is its place here plus one
	byEntity map[string][]int64 // entity -> refs of facts about it, ascending
}

// FromStories indexes stories and lexicons as an import into an empty
// knowledge base would: entities first (a later story's definition wins), then
// every fact against all their names.
func FromStories(stories []*facts.StoryFile, lexicons ...*facts.Lexicon) (*Index, *Memory) {
	names := NewNames()
	for _, sf := range stories {
		for _, e := range sf.Entities {
			names.Add(e)
		}
	}
	m := &Memory{byEntity: map[string][]int64{}}
	d := Data{Names: names, Sources: map[string]facts.Source{}, Stories: map[string]string{},
		Postings: NewPostings()}
	for _, sf := range stories {
		d.Stories[sf.Story.ID] = sf.Story.Date
		for _, s := range sf.Sources {
			d.Sources[sf.Story.ID+"/"+s.ID] = s
		}
		for i, fa := range sf.Facts {
			fa.Story = sf.Story.ID
			if fa.Status == "" {
				fa.Status = facts.StatusApproved
			}
			der := Derive(fa, names)
			doc := NewDoc(fa, int64(len(m.docs)+1), i, der.Terms, der.Roles, d.Sources[fa.Story+"/"+fa.Source])
			m.docs = append(m.docs, doc)
			for id := range der.Roles {
				m.byEntity[id] = append(m.byEntity[id], doc.Ref)
			}
			if fa.Status == facts.StatusApproved {
				d.Postings.AddFact(doc.Ref, der.Terms, der.Roles, ShapesOf(der.Terms, fa.Value != nil, fa.Date != "", fa.Place != "", fa.Quote != ""))
				d.Facts++
				if fa.Supersedes != "" {
					d.Corrections = append(d.Corrections, Correction{Fact: fa.FullID(), Supersedes: fa.Supersedes})
				}
			}
		}
	}
	d.TermDF, d.EntityDF = d.Postings.Frequencies()
	for _, lx := range lexicons {
		d.Synonyms = append(d.Synonyms, lx.Synonyms...)
		d.Stopwords = append(d.Stopwords, lx.Stopwords...)
	}
	return Build(1, d), m
}

// AboutEntities lists the facts about any of q.IDs, newest first.
func (m *Memory) AboutEntities(ctx context.Context, q EntityQuery) ([]int64, error) {
	seen := map[int64]bool{}
	var refs []int64
	for _, id := range q.IDs {
		for _, r := range m.byEntity[id] {
			if !seen[r] {
				seen[r] = true
				refs = append(refs, r)
			}
		}
	}
	actor := func(r int64) bool {
		for _, id := range q.IDs {
			if role := m.docs[r-1].Roles[id]; role == "subject" || role == "speaker" {
				return true
			}
		}
		return false
	}
	sort.Slice(refs, func(i, j int) bool {
		if q.ActorsFirst && actor(refs[i]) != actor(refs[j]) {
			return actor(refs[i])
		}
		return refs[i] > refs[j]
	})
	return refs[:min(len(refs), q.Limit)], ctx.Err()
}

// Match lists the facts whose terms match q: with All, in ref order; otherwise
// best first by BM25 over the alternatives, as SQLite's FTS5 ranks them.
func (m *Memory) Match(ctx context.Context, q TextQuery) ([]int64, error) {
	type hit struct {
		ref   int64
		score float64
	}
	var phrases []string
	for _, g := range q.Groups {
		phrases = append(phrases, g...)
	}
	n := float64(len(m.docs))
	total := 0
	for _, d := range m.docs {
		total += len(strings.Fields(d.Terms))
	}
	avg := float64(total) / max(n, 1)
	idf := make([]float64, len(phrases))
	for i, p := range phrases {
		df := 0
		for _, d := range m.docs {
			if strings.Contains(d.Terms, " "+p+" ") {
				df++
			}
		}
		idf[i] = math.Log((n - float64(df) + 0.5) / (float64(df) + 0.5))
		if idf[i] < 1e-6 {
			idf[i] = 1e-6 // FTS5's floor for terms in most documents
		}
	}
	const k1, b = 1.2, 0.75
	var hits []hit
	for _, d := range m.docs {
		all := true
		for _, g := range q.Groups {
			all = all && holdsAny(d.Terms, g)
		}
		length := float64(len(strings.Fields(d.Terms)))
		score := 0.0
		for i, p := range phrases {
			if tf := float64(strings.Count(d.Terms, " "+p+" ")); tf > 0 {
				score += idf[i] * tf * (k1 + 1) / (tf + k1*(1-b+b*length/avg))
			}
		}
		if score > 0 && (all || !q.All) {
			hits = append(hits, hit{d.Ref, score})
		}
	}
	if !q.All {
		sort.SliceStable(hits, func(i, j int) bool { return hits[i].score > hits[j].score })
	}
	var out []int64
	for _, h := range hits[:min(len(hits), q.Limit)] {
		out = append(out, h.ref)
	}
	return out, ctx.Err()
}

// holdsAny reports whether padded terms hold one of the stem phrases.
func holdsAny(terms string, phrases []string) bool {
	return slices.ContainsFunc(phrases, func(p string) bool { return strings.Contains(terms, " "+p+" ") })
}

// Docs returns the approved facts among refs.
func (m *Memory) Docs(ctx context.Context, refs []int64) ([]*Doc, error) {
	var out []*Doc
	for _, r := range refs {
		if r >= 1 && int(r) <= len(m.docs) && m.docs[r-1].Status == facts.StatusApproved {
			out = append(out, m.docs[r-1])
		}
	}
	return out, ctx.Err()
}
