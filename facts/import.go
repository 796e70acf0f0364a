package facts

import (
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
)

// MaxFileSize caps one knowledge-base file: a story is kilobytes, so anything this
// large is a mistake, not a story.
const MaxFileSize = 16 << 20

// Actor says who made a change and through which surface, for the history.
type Actor struct {
	Name    string // "alice", "slack:U123", "import"
	Surface string // "cli", "slack", "discord", "http", "import:path/to/file.yaml"
}

// ImportSummary says what an import changed.
type ImportSummary struct {
	Files    int `json:"files"`
	Stories  int `json:"stories"`
	Lexicons int `json:"lexicons"`
	Entities int `json:"entities"`
	Created  int `json:"facts_created"`
	Updated  int `json:"facts_updated"`
	Removed  int `json:"facts_removed"`
	Facts    int `json:"facts"`
	// KeptRetracted counts facts the file lists as approved that an editor had
	// retracted: they stay retracted.
	KeptRetracted int `json:"kept_retracted,omitempty"`
}

// ImportInput is one file's name and content, for imports from memory (embedded
// stories, chat uploads, tests).
type ImportInput struct {
	Name string
	Data []byte
}

// ImportPaths imports story and lexicon files and folders of them. Everything is
// validated first; then all of it is applied in one transaction, or none of it.
func (kb *KB) ImportPaths(ctx context.Context, actor Actor, paths ...string) (ImportSummary, error) {
	var names []string
	for _, p := range paths {
		files, err := kbFilesIn(p)
		if err != nil {
			return ImportSummary{}, err
		}
		names = append(names, files...)
	}
	inputs := make([]ImportInput, 0, len(names))
	for i, name := range names {
		if i%100 == 0 {
			progress(ctx, "reading", i, len(names))
		}
		st, err := os.Stat(name)
		if err != nil {
			return ImportSummary{}, Errorf(EINVALID, "%s: cannot read: %v", name, err)
		}
		if st.Size() > MaxFileSize {
			return ImportSummary{}, Errorf(ETOOLARGE, "%s: file is %d bytes, over the %d-byte limit for one file", name, st.Size(), MaxFileSize)
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return ImportSummary{}, Errorf(EINVALID, "%s: cannot read: %v", name, err)
		}
		inputs = append(inputs, ImportInput{Name: name, Data: data})
	}
	return kb.importInputs(ctx, actor, inputs, true)
}

// kbFilesIn lists the YAML files of a path: the file itself, or a folder's
// *.yaml and *.yml files in name order.
func kbFilesIn(path string) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, Errorf(EINVALID, "%s: no such file or folder", path)
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
		return nil, Errorf(EINVALID, "%s: no .yaml files in this folder", path)
	}
	return out, nil
}

// Import validates inputs and applies them in one transaction.
func (kb *KB) Import(ctx context.Context, actor Actor, inputs ...ImportInput) (ImportSummary, error) {
	return kb.importInputs(ctx, actor, inputs, false)
}

// importInputs validates and applies inputs. When it owns them (release), each
// file's bytes are let go once parsed: a large import holds its parsed stories,
// not their text as well.
func (kb *KB) importInputs(ctx context.Context, actor Actor, inputs []ImportInput, release bool) (ImportSummary, error) {
	for _, in := range inputs {
		if len(in.Data) > MaxFileSize {
			return ImportSummary{}, Errorf(ETOOLARGE, "%s: file is %d bytes, over the %d-byte limit for one file", in.Name, len(in.Data), MaxFileSize)
		}
	}
	files := parseAll(inputs, release)
	progress(ctx, "reading", len(inputs), len(inputs))
	var problems []Problem
	for _, f := range files {
		problems = append(problems, f.problems...)
	}
	if len(problems) == 0 {
		p, err := kb.crossCheck(ctx, files)
		if err != nil {
			return ImportSummary{}, err
		}
		problems = p
	}
	if len(problems) > 0 {
		return ImportSummary{}, &ValidationError{Problems: problems}
	}
	for _, f := range files {
		f.lines = nil // only validation needed the line of every field
	}

	// A large import touches index pages all over the file: its connection gets a
	// bigger page cache for the import's length, then the default back.
	conn, err := kb.db.Conn(ctx)
	if err != nil {
		return ImportSummary{}, fmt.Errorf("import: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `PRAGMA cache_size = -65536`); err != nil {
		return ImportSummary{}, fmt.Errorf("import: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `PRAGMA cache_size = -2000`)
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return ImportSummary{}, fmt.Errorf("import: begin: %w", err)
	}
	defer tx.Rollback()
	sum := ImportSummary{Files: len(files)}
	w := &writer{kb: kb, tx: tx, actor: actor}
	// Every name this import will know, so facts are indexed in parallel first.
	if w.aliases, err = loadAliasIndex(ctx, tx); err != nil {
		return ImportSummary{}, fmt.Errorf("import: %w", err)
	}
	for _, f := range files {
		if f.Story != nil {
			for _, e := range f.Story.Entities {
				w.aliases.add(e)
			}
		}
	}
	w.derived = deriveAll(files, w.aliases)
	for i, f := range files {
		if i%50 == 0 {
			progress(ctx, "writing", i, len(files))
		}
		w.actor.Surface = actor.Surface
		if w.actor.Surface == "" {
			w.actor.Surface = "import:" + f.Path
		}
		if f.Lexicon != nil {
			if err := w.putLexicon(ctx, f.Lexicon); err != nil {
				return ImportSummary{}, fmt.Errorf("import %s: %w", f.Path, err)
			}
			sum.Lexicons++
			continue
		}
		if err := w.putStory(ctx, f.Story, &sum); err != nil {
			return ImportSummary{}, fmt.Errorf("import %s: %w", f.Path, err)
		}
		sum.Stories++
	}
	if err := bumpGeneration(ctx, tx); err != nil {
		return ImportSummary{}, fmt.Errorf("import: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return ImportSummary{}, fmt.Errorf("import: commit: %w", err)
	}
	progress(ctx, "writing", len(files), len(files))
	return sum, nil
}

// parseAll parses files on every core: parsing is pure, and large imports are
// thousands of files.
func parseAll(inputs []ImportInput, release bool) []*kbFile {
	files := make([]*kbFile, len(inputs))
	var wg sync.WaitGroup
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	for i, in := range inputs {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			files[i] = parseKBFile(in.Name, in.Data)
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
func (kb *KB) crossCheck(ctx context.Context, files []*kbFile) ([]Problem, error) {
	var problems []Problem
	add := func(f *kbFile, line int, field, format string, args ...any) {
		problems = append(problems, Problem{File: f.Path, Line: line, Field: field, What: fmt.Sprintf(format, args...)})
	}
	known, err := kb.entityIDs(ctx)
	if err != nil {
		return nil, err
	}
	defined := map[string]Entity{}
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
				add(f, f.lines["entities."+e.ID], "entities.id", "entity %q is defined differently in %s", e.ID, definedIn[e.ID])
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
					add(f, f.lines["entities."+e.ID+".members"], "entities.members", "%q is not an entity", m)
				}
			}
		}
		for _, fa := range f.Story.Facts {
			for field, id := range map[string]string{"subject": fa.Subject, "speaker": fa.Speaker} {
				if id != "" && !known[id] {
					add(f, f.lines["facts."+fa.ID+"."+field], "facts."+field, "%q is not an entity (define it under entities:)", id)
				}
			}
			if strings.Contains(fa.Supersedes, "/") {
				ok, err := kb.factExists(ctx, fa.Supersedes)
				if err != nil {
					return nil, err
				}
				story, local, _ := strings.Cut(fa.Supersedes, "/")
				if p, inImport := stories[story]; inImport && p != "" {
					ok = ok || slices.ContainsFunc(filesStory(files, story).Facts, func(o Fact) bool { return o.ID == local })
				}
				if !ok {
					add(f, f.lines["facts."+fa.ID+".supersedes"], "facts.supersedes", "%q is not a fact in the knowledge base", fa.Supersedes)
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

func filesStory(files []*kbFile, id string) *StoryFile {
	for _, f := range files {
		if f.Story != nil && f.Story.Story.ID == id {
			return f.Story
		}
	}
	return &StoryFile{}
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
	actor   Actor
	aliases *aliasIndex // entity names, loaded once per import for mention detection
	stmts   map[string]*sql.Stmt
	written map[string]Entity // entities already written by this import
	derived map[string]factIndex
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

func (w *writer) putLexicon(ctx context.Context, lx *Lexicon) error {
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
