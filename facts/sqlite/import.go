package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/storyfile"
)

// ImportPaths imports story and lexicon files and folders of them. Everything is
// validated first; then all of it is applied in one transaction, or none of it.
func (kb *KB) ImportPaths(ctx context.Context, actor facts.Actor, paths []string, opt ImportOptions) (facts.ImportSummary, error) {
	var names []string
	for _, p := range paths {
		files, err := kbFilesIn(p)
		if err != nil {
			return facts.ImportSummary{}, err
		}
		names = append(names, files...)
	}
	inputs := make([]facts.ImportInput, 0, len(names))
	for i, name := range names {
		if i%100 == 0 {
			report(opt.Progress, "reading", i, len(names))
		}
		st, err := os.Stat(name)
		if err != nil {
			return facts.ImportSummary{}, facts.Errorf(facts.EINVALID, "%s: cannot read: %v", name, err)
		}
		if st.Size() > facts.MaxFileSize {
			return facts.ImportSummary{}, facts.Errorf(facts.ETOOLARGE, "%s: file is %d bytes, over the %d-byte limit for one file", name, st.Size(), facts.MaxFileSize)
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return facts.ImportSummary{}, facts.Errorf(facts.EINVALID, "%s: cannot read: %v", name, err)
		}
		inputs = append(inputs, facts.ImportInput{Name: name, Data: data})
	}
	return kb.importInputs(ctx, actor, inputs, true, opt)
}

// kbFilesIn lists the YAML files of a path: the file itself, or a folder's
// *.yaml and *.yml files in name order.
func kbFilesIn(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, facts.Errorf(facts.EINVALID, "%s: no such file or folder", path)
	}
	if !st.IsDir() {
		return []string{path}, nil
	}
	var out []string
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if ext := strings.ToLower(filepath.Ext(p)); !d.IsDir() && (ext == ".yaml" || ext == ".yml") {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", path, err)
	}
	sort.Strings(out)
	if len(out) == 0 {
		return nil, facts.Errorf(facts.EINVALID, "%s: no .yaml files in this folder", path)
	}
	return out, nil
}

// Import validates inputs and applies them in one transaction.
func (kb *KB) Import(ctx context.Context, actor facts.Actor, inputs ...facts.ImportInput) (facts.ImportSummary, error) {
	return kb.importInputs(ctx, actor, inputs, false, ImportOptions{})
}

// importInputs validates and applies inputs. When it owns them (release), each
// file's bytes are let go once parsed: a large import holds its parsed stories,
// not their text as well.
func (kb *KB) importInputs(ctx context.Context, actor facts.Actor, inputs []facts.ImportInput, release bool, opt ImportOptions) (facts.ImportSummary, error) {
	progress := opt.Progress
	for _, in := range inputs {
		if len(in.Data) > facts.MaxFileSize {
			return facts.ImportSummary{}, facts.Errorf(facts.ETOOLARGE, "%s: file is %d bytes, over the %d-byte limit for one file", in.Name, len(in.Data), facts.MaxFileSize)
		}
	}
	files := parseAll(inputs, release)
	report(progress, "reading", len(inputs), len(inputs))
	var problems []facts.Problem
	for _, f := range files {
		problems = append(problems, f.Problems...)
	}
	if len(problems) == 0 {
		p, err := kb.crossCheck(ctx, files)
		if err != nil {
			return facts.ImportSummary{}, err
		}
		problems = p
	}
	if len(problems) > 0 {
		return facts.ImportSummary{}, &facts.ValidationError{Problems: problems}
	}
	for _, f := range files {
		f.Forget() // only validation needed the line of every field
	}

	// A large import touches index pages all over the file: its connection gets a
	// bigger page cache for the import's length, then the default back.
	conn, err := kb.db.Conn(ctx)
	if err != nil {
		return facts.ImportSummary{}, fmt.Errorf("import: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `PRAGMA cache_size = -65536`); err != nil {
		return facts.ImportSummary{}, fmt.Errorf("import: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA cache_size = -2000`)
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return facts.ImportSummary{}, fmt.Errorf("import: begin: %w", err)
	}
	defer tx.Rollback()
	sum := facts.ImportSummary{Files: len(files)}
	w := &writer{kb: kb, tx: tx, actor: actor, noNotice: opt.NoNotice}
	// Every name this import will know, so facts are indexed in parallel first.
	if w.aliases, err = loadNames(ctx, tx); err != nil {
		return facts.ImportSummary{}, fmt.Errorf("import: %w", err)
	}
	for _, f := range files {
		if f.Story != nil {
			for _, e := range f.Story.Entities {
				w.aliases.Add(e)
			}
		}
	}
	w.derived = deriveAll(files, w.aliases)
	for i, f := range files {
		if i%50 == 0 {
			report(progress, "writing", i, len(files))
		}
		w.actor.Surface = actor.Surface
		if w.actor.Surface == "" {
			w.actor.Surface = "import:" + f.Path
		}
		if f.Lexicon != nil {
			if err := w.putLexicon(ctx, f.Lexicon); err != nil {
				return facts.ImportSummary{}, fmt.Errorf("import %s: %w", f.Path, err)
			}
			sum.Lexicons++
			continue
		}
		if err := w.putStory(ctx, f.Story, &sum); err != nil {
			return facts.ImportSummary{}, fmt.Errorf("import %s: %w", f.Path, err)
		}
		sum.Stories++
	}
	sum.Corrections = w.told
	if err := bumpGeneration(ctx, tx); err != nil {
		return facts.ImportSummary{}, fmt.Errorf("import: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return facts.ImportSummary{}, fmt.Errorf("import: commit: %w", err)
	}
	report(progress, "writing", len(files), len(files))
	return sum, nil
}

// parseAll parses files on every core: parsing is pure, and large imports are
// thousands of files.
func parseAll(inputs []facts.ImportInput, release bool) []*storyfile.File {
	files := make([]*storyfile.File, len(inputs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, in := range inputs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			files[i] = storyfile.Parse(in.Name, in.Data)
			if release {
				inputs[i].Data = nil
			}
			<-sem
		}()
	}
	wg.Wait()
	return files
}

// crossCheck validates what spans files and the knowledge base: entity references,
// repeated stories, entities defined differently, supersedes across stories.
func (kb *KB) crossCheck(ctx context.Context, files []*storyfile.File) ([]facts.Problem, error) {
	var problems []facts.Problem
	add := func(f *storyfile.File, line int, field, format string, args ...any) {
		problems = append(problems, facts.Problem{File: f.Path, Line: line, Field: field, What: fmt.Sprintf(format, args...)})
	}
	known, err := kb.entityIDs(ctx)
	if err != nil {
		return nil, err
	}
	defined := map[string]facts.Entity{}
	definedIn := map[string]string{}
	stories := map[string]string{}
	for _, f := range files {
		if f.Story == nil {
			continue
		}
		if prev, ok := stories[f.Story.Story.ID]; ok {
			add(f, 1, "story.id", "story %q is also in %s", f.Story.Story.ID, prev)
		}
		stories[f.Story.Story.ID] = f.Path
		for _, e := range f.Story.Entities {
			if prev, ok := defined[e.ID]; ok && !reflect.DeepEqual(prev, e) {
				add(f, f.Line("entities."+e.ID), "entities.id", "entity %q is defined differently in %s", e.ID, definedIn[e.ID])
			}
			defined[e.ID] = e
			definedIn[e.ID] = f.Path
			known[e.ID] = true
		}
	}
	for _, f := range files {
		if f.Story == nil {
			continue
		}
		for _, e := range f.Story.Entities {
			for _, m := range e.Members {
				if !known[m] {
					add(f, f.Line("entities."+e.ID+".members"), "entities.members", "%q is not an entity", m)
				}
			}
		}
		for _, fa := range f.Story.Facts {
			for field, id := range map[string]string{"subject": fa.Subject, "speaker": fa.Speaker} {
				if id != "" && !known[id] {
					add(f, f.Line("facts."+fa.ID+"."+field), "facts."+field, "%q is not an entity (define it under entities:)", id)
				}
			}
			if strings.Contains(fa.Supersedes, "/") {
				ok, err := kb.factExists(ctx, fa.Supersedes)
				if err != nil {
					return nil, err
				}
				story, local, _ := strings.Cut(fa.Supersedes, "/")
				if p, inImport := stories[story]; inImport && p != "" {
					ok = ok || slices.ContainsFunc(filesStory(files, story).Facts, func(o facts.Fact) bool { return o.ID == local })
				}
				if !ok {
					add(f, f.Line("facts."+fa.ID+".supersedes"), "facts.supersedes", "%q is not a fact in the knowledge base", fa.Supersedes)
				}
			}
		}
	}
	sort.SliceStable(problems, func(i, j int) bool {
		if problems[i].File != problems[j].File {
			return false
		}
		return problems[i].Line < problems[j].Line
	})
	return problems, nil
}

func filesStory(files []*storyfile.File, id string) *facts.StoryFile {
	for _, f := range files {
		if f.Story != nil && f.Story.Story.ID == id {
			return f.Story
		}
	}
	return &facts.StoryFile{}
}

func (kb *KB) entityIDs(ctx context.Context) (map[string]bool, error) {
	ids, err := queryStrings(ctx, kb.db, `SELECT id FROM entities`)
	if err != nil {
		return nil, fmt.Errorf("list entities: %w", err)
	}
	out := make(map[string]bool, len(ids))
	for _, id := range ids {
		out[id] = true
	}
	return out, nil
}

func (kb *KB) factExists(ctx context.Context, fullID string) (bool, error) {
	story, local, _ := strings.Cut(fullID, "/")
	var n int
	err := kb.db.QueryRowContext(ctx, `SELECT count(*) FROM facts WHERE story_id = ? AND id = ?`, story, local).Scan(&n)
	return n > 0, err
}

// writer applies validated files inside one transaction and records history.
type writer struct {
	kb      *KB
	tx      *sql.Tx
	actor   facts.Actor
	aliases *index.Names // entity names, loaded once per import for mention detection
	stmts   map[string]*sql.Stmt
	written map[string]facts.Entity // entities already written by this import
	derived map[string]index.Derived

	// Corrections: why the change is made, whether chat is to hear of it, and
	// how many conversations a correction was queued for (correction.go).
	reason   string
	noNotice bool
	told     int
}

func (w *writer) history(ctx context.Context, action, target string, old, new any, note string) error {
	enc := func(v any) string {
		if v == nil || (reflect.ValueOf(v).Kind() == reflect.Pointer && reflect.ValueOf(v).IsNil()) {
			return ""
		}
		b, _ := json.Marshal(v)
		return string(b)
	}
	actor := w.actor.Name
	if actor == "" {
		actor = "unknown"
	}
	_, err := w.exec(ctx, `INSERT INTO history (at, actor, surface, action, target, old, new, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
		w.kb.stamp(), actor, w.actor.Surface, action, target, enc(old), enc(new), note)
	if err != nil {
		return fmt.Errorf("record history: %w", err)
	}
	return nil
}

func (w *writer) putLexicon(ctx context.Context, lx *facts.Lexicon) error {
	old, err := lexiconByID(ctx, w.tx, lx.ID)
	if err != nil {
		return err
	}
	if _, err := w.exec(ctx, `DELETE FROM lexicon_groups WHERE lexicon = ?`, lx.ID); err != nil {
		return err
	}
	if _, err := w.tx.ExecContext(ctx, `DELETE FROM lexicon_stopwords WHERE lexicon = ?`, lx.ID); err != nil {
		return err
	}
	for _, g := range lx.Synonyms {
		b, _ := json.Marshal(g)
		if _, err := w.tx.ExecContext(ctx, `INSERT INTO lexicon_groups (lexicon, words) VALUES (?, ?)`, lx.ID, string(b)); err != nil {
			return err
		}
	}
	for _, s := range lx.Stopwords {
		if _, err := w.tx.ExecContext(ctx, `INSERT OR IGNORE INTO lexicon_stopwords (lexicon, word) VALUES (?, ?)`, lx.ID, s); err != nil {
			return err
		}
	}
	if old != nil && reflect.DeepEqual(old, lx) {
		return nil
	}
	var oldV any
	if old != nil {
		oldV = old
	}
	return w.history(ctx, "import", "lexicon:"+lx.ID, oldV, lx, "")
}
