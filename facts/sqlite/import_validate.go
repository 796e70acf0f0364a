package sqlite

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/storyfile"
)

// validation is what an import's first reading keeps of its files: enough to
// check what spans files and the knowledge base (entity references, repeated
// stories, entities defined differently, corrections across stories), never
// the files themselves.
type validation struct {
	known     map[string]bool // entity ids in the knowledge base
	entities  []facts.Entity  // defined by the files, in file order
	defined   map[string]int  // entity id -> index in entities
	definedIn map[string]string
	stories   map[string]string // story id -> file
	sums      []uint64          // of each file's bytes
	parse     []facts.Problem   // found within files
	cross     []facts.Problem   // found across files
	// Problems waiting for every file to be read: references to entities not
	// defined yet, and corrections that name a fact of another story.
	refs       []ref
	supersedes []ref
}

// ref is a reference found in a file, with where it was found.
type ref struct {
	file, field, id string
	line            int
}

func newValidation(known map[string]bool, files int) *validation {
	return &validation{known: known, defined: map[string]int{}, definedIn: map[string]string{}, stories: map[string]string{}, sums: make([]uint64, files)}
}

// file takes in file i.
func (v *validation) file(i int, f *storyfile.File, sum uint64) {
	v.sums[i] = sum
	v.parse = append(v.parse, f.Problems...)
	if f.Story == nil || len(f.Problems) > 0 {
		return
	}
	var problems []facts.Problem
	add := func(line int, field, format string, args ...any) {
		problems = append(problems, facts.Problem{File: f.Path, Line: line, Field: field, What: fmt.Sprintf(format, args...)})
	}
	sf := f.Story
	if prev, ok := v.stories[sf.Story.ID]; ok {
		add(1, "story.id", "story %q is also in %s", sf.Story.ID, prev)
	}
	v.stories[sf.Story.ID] = f.Path
	for _, e := range sf.Entities {
		if k, ok := v.defined[e.ID]; ok {
			if !reflect.DeepEqual(v.entities[k], e) {
				add(f.Line("entities."+e.ID), "entities.id", "entity %q is defined differently in %s", e.ID, v.definedIn[e.ID])
			}
			v.entities[k] = e
		} else {
			v.defined[e.ID] = len(v.entities)
			v.entities = append(v.entities, e)
		}
		v.definedIn[e.ID] = f.Path
	}
	need := func(line int, field, id string) {
		if _, ok := v.defined[id]; id != "" && !ok && !v.known[id] {
			v.refs = append(v.refs, ref{file: f.Path, line: line, field: field, id: id})
		}
	}
	for _, e := range sf.Entities {
		for _, m := range e.Members {
			need(f.Line("entities."+e.ID+".members"), "entities.members", m)
		}
	}
	for _, fa := range sf.Facts {
		need(f.Line("facts."+fa.ID+".subject"), "facts.subject", fa.Subject)
		need(f.Line("facts."+fa.ID+".speaker"), "facts.speaker", fa.Speaker)
		if strings.Contains(fa.Supersedes, "/") {
			v.supersedes = append(v.supersedes, ref{file: f.Path, line: f.Line("facts." + fa.ID + ".supersedes"), field: "facts.supersedes", id: fa.Supersedes})
		}
	}
	v.cross = append(v.cross, problems...)
}

// problems is what the first reading found: problems within files if any,
// else those across them.
func (v *validation) problems() []facts.Problem {
	if len(v.parse) > 0 {
		return v.parse
	}
	for _, r := range v.refs {
		if _, ok := v.defined[r.id]; ok {
			continue
		}
		what := "%q is not an entity (define it under entities:)"
		if r.field == "entities.members" {
			what = "%q is not an entity"
		}
		v.cross = append(v.cross, facts.Problem{File: r.file, Line: r.line, Field: r.field, What: fmt.Sprintf(what, r.id)})
	}
	sortByFile(v.cross)
	return v.cross
}

// checkSupersedes checks, once every file is written, that each correction
// across stories names a fact the knowledge base holds.
func (v *validation) checkSupersedes(ctx context.Context, q queryer) ([]facts.Problem, error) {
	var problems []facts.Problem
	for _, r := range v.supersedes {
		story, local, _ := strings.Cut(r.id, "/")
		var n int
		if err := q.QueryRowContext(ctx, `SELECT count(*) FROM facts WHERE story_id = ? AND id = ?`, story, local).Scan(&n); err != nil {
			return nil, err
		}
		if n == 0 {
			problems = append(problems, facts.Problem{File: r.file, Line: r.line, Field: r.field, What: fmt.Sprintf("%q is not a fact in the knowledge base", r.id)})
		}
	}
	sortByFile(problems)
	return problems, nil
}

// sortByFile orders problems by file, in the order files first appear, and
// by line within a file.
func sortByFile(problems []facts.Problem) {
	order := map[string]int{}
	for _, p := range problems {
		if _, ok := order[p.File]; !ok {
			order[p.File] = len(order)
		}
	}
	sort.SliceStable(problems, func(i, j int) bool {
		a, b := problems[i], problems[j]
		if a.File != b.File {
			return order[a.File] < order[b.File]
		}
		return a.Line < b.Line
	})
}
