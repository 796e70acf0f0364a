package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/factdesk/factdesk/facts/storyfile"
)

// Export writes every story (or one) and every lexicon to dir in the import format,
// so that importing the folder again changes nothing, and returns how many stories
// it wrote. Files that already hold what it would write are left as they are.
// Unless opt.Overwrite is set, it first compares the files it would replace: when
// any differs from what it would write (someone edited it, or it is another
// knowledge base's), it writes nothing and returns an *ExportConflictError naming
// them (code EINVALID). A dir that is a file is EINVALID; ENOTFOUND when opt.Story
// names no story.
//
// It writes only inside dir (through an os.Root) and never through a symbolic
// link there: a link in dir by the name of a file it would write, or a story or
// lexicon id that is no file name (a restored backup's "../../x"), is EINVALID
// and nothing is written.
func (kb *KB) Export(ctx context.Context, dir string, opt ExportOptions) (int, error) {
	story := opt.Story
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return 0, facts.Errorf(facts.EINVALID, "Cannot export to %s: it is a file, not a folder; the export writes one file per story into a folder.", dir)
	}
	ids, err := kb.storyIDs(ctx, story)
	if err != nil {
		return 0, err
	}
	if story != "" && len(ids) == 0 {
		return 0, facts.Errorf(facts.ENOTFOUND, "No story %q in the knowledge base.", story)
	}
	for _, id := range ids {
		if p := facts.SlugProblem(id); p != "" {
			return 0, facts.Errorf(facts.EINVALID, "Cannot export: a story's id %s, so it cannot name a file. Nothing was written.", p)
		}
	}
	files := make([]exportFile, 0, len(ids))
	// What a story's file holds once written is the base its next import
	// merges against (base.go).
	bases := newBaseRecorder(kb)
	for _, id := range ids {
		files = append(files, exportFile{name: id + ".yaml", encode: func() ([]byte, error) {
			sf, err := kb.StoryFile(ctx, id)
			if err != nil {
				return nil, err
			}
			data, err := storyfile.Encode(sf)
			if err != nil {
				return nil, fmt.Errorf("export %s: %w", id, err)
			}
			return data, bases.note(sf)
		}})
	}
	stories := len(files)
	if story == "" {
		lexicons, err := kb.lexiconIDs(ctx)
		if err != nil {
			return 0, err
		}
		for _, id := range lexicons {
			if p := facts.SlugProblem(id); p != "" {
				return 0, facts.Errorf(facts.EINVALID, "Cannot export: a lexicon's id %s, so it cannot name a file. Nothing was written.", p)
			}
		}
		for _, id := range lexicons {
			files = append(files, exportFile{name: "lexicon-" + id + ".yaml", encode: func() ([]byte, error) {
				lx, err := lexiconByID(ctx, kb.db, id)
				if err != nil {
					return nil, err
				}
				data, err := storyfile.EncodeLexicon(lx)
				if err != nil {
					return nil, fmt.Errorf("export lexicon %s: %w", id, err)
				}
				return data, nil
			}})
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return 0, fmt.Errorf("export: %w", err)
	}
	defer root.Close()
	if err := links(root, dir, files); err != nil {
		return 0, err
	}
	if !opt.Overwrite {
		if err := conflicts(root, dir, files, opt.Progress); err != nil {
			return 0, err
		}
	}
	bases.forget()
	defer bases.flush(context.WithoutCancel(ctx)) // the files written before a failure
	n := 0
	for i, f := range files {
		if i%50 == 0 {
			report(opt.Progress, "exporting", i, len(files))
		}
		if err := ctx.Err(); err != nil {
			return n, err
		}
		if err := f.write(root); err != nil {
			return n, err
		}
		if i < stories {
			n++
			if err := bases.written(ctx, ids[i]); err != nil {
				return n, err
			}
		}
	}
	report(opt.Progress, "exporting", len(files), len(files))
	return n, bases.flush(ctx)
}

// ExportConflictError says which files an export would have replaced although
// they differ from what it would write; nothing was written.
type ExportConflictError struct {
	Dir   string
	Files []string // names in Dir, in export order
}

func (e *ExportConflictError) Error() string {
	names := e.Files
	more := ""
	if len(names) > 5 {
		names, more = names[:5], fmt.Sprintf(" and %d more", len(e.Files)-5)
	}
	return fmt.Sprintf("%d file(s) in %s differ from what the export would write: %s%s. Nothing was written.",
		len(e.Files), e.Dir, strings.Join(names, ", "), more)
}

// Unwrap gives the error its code: the person can move the files or choose to
// overwrite them.
func (e *ExportConflictError) Unwrap() error { return facts.Errorf(facts.EINVALID, "%s", e.Error()) }

// exportFile is one file an export writes, encoded when needed.
type exportFile struct {
	name   string
	encode func() ([]byte, error)
}

// write writes the file into root, unless it already holds the same bytes. It
// writes a new file beside it and renames it into place: a rename replaces the
// name, never what a link there points to, and an export stopped midway leaves
// no half-written file (a half-written story, imported again, would remove facts).
func (f exportFile) write(root *os.Root) error {
	data, err := f.encode()
	if err != nil {
		return err
	}
	if old, err := root.ReadFile(f.name); err == nil && bytes.Equal(old, data) {
		return nil
	}
	tmp := "." + f.name + ".export"
	if err := root.Remove(tmp); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("export %s: %w", f.name, err)
	}
	// O_EXCL: the new file is created here, never opened through a link.
	w, err := root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("export %s: %w", f.name, err)
	}
	_, err = w.Write(data)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = root.Rename(tmp, f.name)
	}
	if err != nil {
		root.Remove(tmp)
		return fmt.Errorf("export %s: %w", f.name, err)
	}
	return nil
}

// links refuses an export into a folder where a file it would write is a
// symbolic link: writing through it would change a file elsewhere, and quietly
// replacing it would undo what someone set up on purpose.
func links(root *os.Root, dir string, files []exportFile) error {
	var found []string
	for _, f := range files {
		if st, err := root.Lstat(f.name); err == nil && st.Mode()&fs.ModeSymlink != 0 {
			found = append(found, f.name)
		}
	}
	if len(found) == 0 {
		return nil
	}
	what := found[0] + " in it is a symbolic link"
	if n := len(found); n > 1 {
		more := ""
		if n > 5 {
			found, more = found[:5], fmt.Sprintf(" and %d more", n-5)
		}
		what = strings.Join(found, ", ") + more + " in it are symbolic links"
	}
	return facts.Errorf(facts.EINVALID, "Cannot export to %s: %s, and the export never writes through a link. Remove the links and export again. Nothing was written.", dir, what)
}

// conflicts compares the files already in root with what the export would write
// there and returns an *ExportConflictError naming those that differ.
func conflicts(root *os.Root, dir string, files []exportFile, progress func(facts.Progress)) error {
	var differ []string
	for i, f := range files {
		if i%50 == 0 {
			report(progress, "comparing", i, len(files))
		}
		old, err := root.ReadFile(f.name)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			differ = append(differ, f.name) // a folder or an unreadable file by that name
			continue
		}
		data, err := f.encode()
		if err != nil {
			return err
		}
		if !bytes.Equal(old, data) {
			differ = append(differ, f.name)
		}
	}
	if len(differ) > 0 {
		return &ExportConflictError{Dir: dir, Files: differ}
	}
	return nil
}

func (kb *KB) storyIDs(ctx context.Context, only string) ([]string, error) {
	ids, err := queryStrings(ctx, kb.db, `SELECT id FROM stories WHERE ? = '' OR id = ? ORDER BY position, id`, only, only)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	return ids, nil
}

func (kb *KB) lexiconIDs(ctx context.Context) ([]string, error) {
	ids, err := queryStrings(ctx, kb.db, `SELECT lexicon FROM lexicon_groups UNION SELECT lexicon FROM lexicon_stopwords ORDER BY 1`)
	if err != nil {
		return nil, fmt.Errorf("list lexicons: %w", err)
	}
	return ids, nil
}

// StoryFile reads one whole story as it would be written to a file: the story, its
// sources, the entities it defines or refers to, all its facts in any status, and
// what editors did to them (Curation).
func (kb *KB) StoryFile(ctx context.Context, id string) (*facts.StoryFile, error) {
	st, err := getStory(ctx, kb.db, id)
	if err != nil {
		if err == errNoRows {
			return nil, facts.Errorf(facts.ENOTFOUND, "No story %q in the knowledge base.", id)
		}
		return nil, fmt.Errorf("story %s: %w", id, err)
	}
	sf := &facts.StoryFile{Story: *st}
	rows, err := kb.db.QueryContext(ctx, `SELECT id, title, publisher, url, published FROM sources WHERE story_id = ? ORDER BY position`, id)
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var s facts.Source
		if err := rows.Scan(&s.ID, &s.Title, &s.Publisher, &s.URL, &s.Published); err != nil {
			rows.Close()
			return nil, err
		}
		sf.Sources = append(sf.Sources, s)
	}
	rows.Close()
	erows, err := kb.db.QueryContext(ctx, `SELECT entity_id FROM story_entities WHERE story_id = ? ORDER BY position`, id)
	if err != nil {
		return nil, err
	}
	var entityIDs []string
	for erows.Next() {
		var e string
		if err := erows.Scan(&e); err != nil {
			erows.Close()
			return nil, err
		}
		entityIDs = append(entityIDs, e)
	}
	erows.Close()
	for _, e := range entityIDs {
		ent, err := getEntity(ctx, kb.db, e)
		if err != nil {
			return nil, fmt.Errorf("entity %s: %w", e, err)
		}
		sf.Entities = append(sf.Entities, *ent)
	}
	frows, err := kb.db.QueryContext(ctx, `SELECT `+factColumns+` FROM facts WHERE story_id = ? ORDER BY position, rowid`, id)
	if err != nil {
		return nil, err
	}
	defer frows.Close()
	for frows.Next() {
		f, err := scanFact(frows)
		if err != nil {
			return nil, err
		}
		f.Story = ""
		sf.Facts = append(sf.Facts, f.Fact)
	}
	if err := frows.Err(); err != nil {
		return nil, err
	}
	return sf, loadCuration(ctx, kb.db, sf)
}
