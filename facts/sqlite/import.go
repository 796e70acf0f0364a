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
	"sort"
	"strings"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/storyfile"
)

// ImportPaths imports story and lexicon files and folders of them, all of it
// in one transaction or none of it. Files are read twice, a few at a time: once
// to validate everything, once to write; a large import never holds the
// archive in memory.
func (kb *KB) ImportPaths(ctx context.Context, actor facts.Actor, paths []string, opt ImportOptions) (facts.ImportSummary, error) {
	var files []importFile
	for _, p := range paths {
		more, err := kbFilesIn(p)
		if err != nil {
			return facts.ImportSummary{}, err
		}
		files = append(files, more...)
	}
	names := make([]string, len(files))
	for i, f := range files {
		names[i] = f.path
	}
	return kb.importSource(ctx, actor, source{names: names, read: func(i int) ([]byte, error) { return files[i].read(ctx) }}, opt)
}

// importFile is a file to import: one named on the command line (dir empty),
// or one found in the folder dir.
type importFile struct {
	dir, path string
}

// read reads the file as storyfile reads what people hand factdesk: a regular
// file within the size limit, and from a folder, nothing outside it.
func (f importFile) read(ctx context.Context) ([]byte, error) {
	if f.dir == "" {
		return storyfile.ReadFile(ctx, f.path)
	}
	return storyfile.ReadFileIn(ctx, f.dir, f.path)
}

// kbFilesIn lists the YAML files of a path: the file itself, or a folder's
// *.yaml and *.yml files in name order.
func kbFilesIn(path string) ([]importFile, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, facts.Errorf(facts.EINVALID, "%s: no such file or folder", path)
	}
	if !st.IsDir() {
		return []importFile{{path: path}}, nil
	}
	var out []importFile
	err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if ext := strings.ToLower(filepath.Ext(p)); !d.IsDir() && (ext == ".yaml" || ext == ".yml") {
			out = append(out, importFile{dir: path, path: p})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", path, err)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].path < out[j].path })
	if len(out) == 0 {
		return nil, facts.Errorf(facts.EINVALID, "%s: no .yaml files in this folder", path)
	}
	return out, nil
}

// Import validates inputs and applies them in one transaction.
func (kb *KB) Import(ctx context.Context, actor facts.Actor, inputs ...facts.ImportInput) (facts.ImportSummary, error) {
	names := make([]string, len(inputs))
	for i, in := range inputs {
		if len(in.Data) > facts.MaxFileSize {
			return facts.ImportSummary{}, facts.Errorf(facts.ETOOLARGE, "%s: file is %d bytes, over the %d-byte limit for one file", in.Name, len(in.Data), facts.MaxFileSize)
		}
		names[i] = in.Name
	}
	return kb.importSource(ctx, actor, source{names: names, read: func(i int) ([]byte, error) { return inputs[i].Data, nil }}, ImportOptions{})
}

// importSource validates every file, then writes them all in one transaction.
func (kb *KB) importSource(ctx context.Context, actor facts.Actor, src source, opt ImportOptions) (facts.ImportSummary, error) {
	progress := opt.Progress
	known, err := kb.entityIDs(ctx)
	if err != nil {
		return facts.ImportSummary{}, err
	}
	v := newValidation(known, len(src.names))
	v.updateEntities = opt.UpdateEntities
	v.entity = func(id string) (*facts.Entity, []string, error) { return kb.entityUsers(ctx, id) }
	err = parseInOrder(ctx, src, nil, func(i int, p parsed) error {
		if i%100 == 0 {
			report(progress, "reading", i, len(src.names))
		}
		return v.file(i, p.file, p.sum)
	})
	if err != nil {
		return facts.ImportSummary{}, err
	}
	report(progress, "reading", len(src.names), len(src.names))
	if problems := v.problems(); len(problems) > 0 {
		return facts.ImportSummary{}, &facts.ValidationError{Problems: problems}
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
	sum := facts.ImportSummary{Files: len(src.names)}
	w := &writer{kb: kb, tx: tx, actor: actor, noNotice: opt.NoNotice, resolve: opt.Resolve, updateEntities: opt.UpdateEntities, ownEntities: v.own}
	// Every name this import will know, before any fact is indexed: a fact
	// may mention an entity that a later file defines.
	if w.aliases, err = loadNames(ctx, tx); err != nil {
		return facts.ImportSummary{}, fmt.Errorf("import: %w", err)
	}
	for _, e := range v.entities {
		w.aliases.Add(e)
	}
	w.namesReady = true
	err = parseInOrder(ctx, src, w.aliases, func(i int, p parsed) error {
		if i%50 == 0 {
			report(progress, "writing", i, len(src.names))
		}
		if p.sum != v.sums[i] || len(p.file.Problems) > 0 {
			return facts.Errorf(facts.EINVALID, "%s: changed while it was being imported; nothing was imported, run the import again", p.file.Path)
		}
		w.actor.Surface = actor.Surface
		if w.actor.Surface == "" {
			w.actor.Surface = "import:" + p.file.Path
		}
		if p.file.Lexicon != nil {
			if err := w.putLexicon(ctx, p.file.Lexicon); err != nil {
				return fmt.Errorf("import %s: %w", p.file.Path, err)
			}
			sum.Lexicons++
			return nil
		}
		w.derived = p.derived
		if err := w.putStory(ctx, p.file, p.canon, &sum); err != nil {
			return fmt.Errorf("import %s: %w", p.file.Path, err)
		}
		sum.Stories++
		return nil
	})
	if err != nil {
		return facts.ImportSummary{}, err
	}
	// Shared entities declared differently, and facts changed both in their
	// file and in the knowledge base: reported together, and nothing is written.
	if conflicts := append(v.conflicts, w.conflicts...); len(conflicts) > 0 {
		return facts.ImportSummary{}, &facts.ValidationError{Problems: conflicts}
	}
	// Corrections across stories may name facts this import wrote: checked now,
	// in the transaction, where they are.
	if problems, err := v.checkSupersedes(ctx, tx); err != nil {
		return facts.ImportSummary{}, fmt.Errorf("import: %w", err)
	} else if len(problems) > 0 {
		return facts.ImportSummary{}, &facts.ValidationError{Problems: problems}
	}
	sum.Corrections = w.told
	if err := bumpGeneration(ctx, tx); err != nil {
		return facts.ImportSummary{}, fmt.Errorf("import: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return facts.ImportSummary{}, fmt.Errorf("import: commit: %w", err)
	}
	report(progress, "writing", len(src.names), len(src.names))
	return sum, nil
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
	// namesReady: aliases already holds every entity of the import, and
	// workers read it while the writer writes, so it must not change.
	namesReady bool
	nextRowid  int64 // of the next new fact (store_batch.go)

	// Import merges (merge.go, entity.go): how conflicts are settled, whether
	// a file may change a shared entity's name, kind or title, and the
	// conflicts found, reported once every file was read.
	resolve        Resolution
	updateEntities bool
	ownEntities    map[string]string // entity -> the one story that uses it, which may change it
	conflicts      []facts.Problem

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
	actor := actorName(w.actor)
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
