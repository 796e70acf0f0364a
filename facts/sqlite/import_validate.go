package sqlite

import (
	"context"
	"fmt"
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
	// Shared entities (entity.go): an entity declared differently from the
	// knowledge base or from an earlier file is a conflict, unless
	// updateEntities, or unless the file's story is the only one that uses it
	// (own: entity -> that story). entity reads the knowledge base's, with up
	// to two stories that use it.
	updateEntities bool
	entity         func(id string) (*facts.Entity, []string, error)
	own            map[string]string
	conflicts      []facts.Problem
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
func (v *validation) file(i int, f *storyfile.File, sum uint64) error {
	v.sums[i] = sum
	v.parse = append(v.parse, f.Problems...)
	if f.Story == nil || len(f.Problems) > 0 {
		return nil
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
		if err := v.declare(f, e); err != nil {
			return err
		}
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
	return nil
}

// declare takes in a file's declaration of an entity, merged with the
// knowledge base's and the import's earlier ones (facts.MergeEntity); each
// field declared differently is a conflict naming both values.
func (v *validation) declare(f *storyfile.File, e facts.Entity) error {
	k, ok := v.defined[e.ID]
	where := v.definedIn[e.ID]
	update := v.updateEntities
	if !ok && v.known[e.ID] && v.entity != nil {
		old, users, err := v.entity(e.ID)
		if err != nil {
			return fmt.Errorf("entity %s: %w", e.ID, err)
		}
		k, ok = len(v.entities), true
		v.defined[e.ID] = k
		v.entities = append(v.entities, *old)
		where = "the knowledge base"
		v.definedIn[e.ID] = where
		if story := f.Story.Story.ID; len(users) == 0 || (len(users) == 1 && users[0] == story) {
			// No other story relies on it: the story's file is its own to change.
			if v.own == nil {
				v.own = map[string]string{}
			}
			v.own[e.ID] = story
			update = true
		}
	}
	if !ok {
		v.defined[e.ID] = len(v.entities)
		v.entities = append(v.entities, e)
		v.definedIn[e.ID] = f.Path
		return nil
	}
	merged, conflicts := facts.MergeEntity(v.entities[k], e, update)
	v.entities[k] = merged
	if !update {
		for _, c := range conflicts {
			line := f.Line("entities." + e.ID + "." + c.Field)
			if line == 0 {
				line = f.Line("entities." + e.ID)
			}
			v.conflicts = append(v.conflicts, facts.Problem{File: f.Path, Line: line, Field: "entities." + c.Field, What: fmt.Sprintf(
				"entity %q has %s %q in %s and %q in this file; write the same %s, or import with --update-entities to change it for every story",
				e.ID, c.Field, c.Ours, where, c.Theirs, c.Field)})
		}
	}
	if len(conflicts) == 0 || update {
		v.definedIn[e.ID] = f.Path
	}
	return nil
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
