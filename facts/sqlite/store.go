package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"github.com/factdesk/factdesk/facts/index"
	"github.com/factdesk/factdesk/facts/storyfile"

	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// putStory writes one story file: the story row, its sources, its entities
// (merged with what other stories gave them, entity.go), and its facts merged
// with the knowledge base's (merge.go), each change in the history. canon is
// the file's base (base.go), kept for the next import of the story.
func (w *writer) putStory(ctx context.Context, f *storyfile.File, canon []byte, sum *facts.ImportSummary) error {
	sf := f.Story
	if err := sf.Story.Validate(); err != nil {
		return fmt.Errorf("story %s: %w", sf.Story.ID, err)
	}
	for _, src := range sf.Sources {
		if err := src.Validate(); err != nil {
			return fmt.Errorf("source %s: %w", src.ID, err)
		}
	}
	st := sf.Story
	old, err := getStory(ctx, w.tx, st.ID)
	if err != nil && !errors.Is(err, errNoRows) {
		return err
	}
	tags, _ := json.Marshal(nonNil(st.Tags))
	if _, err := w.exec(ctx, `INSERT INTO stories (id, title, date, summary, tags, position)
		VALUES (?, ?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM stories))
		ON CONFLICT (id) DO UPDATE SET title = excluded.title, date = excluded.date, summary = excluded.summary, tags = excluded.tags`,
		st.ID, st.Title, st.Date, st.Summary, string(tags)); err != nil {
		return fmt.Errorf("story %s: %w", st.ID, err)
	}
	if old == nil || !reflect.DeepEqual(*old, st) {
		if err := w.history(ctx, map[bool]string{true: "create", false: "update"}[old == nil], "story:"+st.ID, old, st, ""); err != nil {
			return err
		}
	}
	if _, err := w.exec(ctx, `DELETE FROM sources WHERE story_id = ?`, st.ID); err != nil {
		return err
	}
	for i, s := range sf.Sources {
		if _, err := w.exec(ctx, `INSERT INTO sources (story_id, id, title, publisher, url, published, position) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			st.ID, s.ID, s.Title, s.Publisher, s.URL, s.Published, i); err != nil {
			return fmt.Errorf("source %s: %w", s.ID, err)
		}
	}
	if _, err := w.exec(ctx, `DELETE FROM story_entities WHERE story_id = ?`, st.ID); err != nil {
		return err
	}
	if w.aliases == nil {
		if w.aliases, err = loadNames(ctx, w.tx); err != nil {
			return err
		}
	}
	for i, e := range sf.Entities {
		merged, err := w.putEntity(ctx, e, st.ID, sum)
		if err != nil {
			return err
		}
		if !w.namesReady {
			w.aliases.Add(merged)
		}
		if _, err := w.exec(ctx, `INSERT INTO story_entities (story_id, entity_id, position) VALUES (?, ?, ?)`, st.ID, e.ID, i); err != nil {
			return err
		}
		sum.Entities++
	}
	return w.mergeFacts(ctx, f, canon, sum)
}

// putInPlaceOf writes a fact at the place in its story of the fact at rowid
// at (an edit or a correction takes its original's place), over the row
// replace when it is not 0, with the entities' names as they now are.
func (w *writer) putInPlaceOf(ctx context.Context, fa facts.Fact, at, replace int64) error {
	var pos int
	if err := w.tx.QueryRowContext(ctx, `SELECT position FROM facts WHERE rowid = ?`, at).Scan(&pos); err != nil {
		return err
	}
	var err error
	if w.aliases, err = loadNames(ctx, w.tx); err != nil {
		return err
	}
	return w.putFact(ctx, fa, pos, replace)
}

// putFact inserts or replaces one fact with its index rows.
func (w *writer) putFact(ctx context.Context, fa facts.Fact, position int, rowid int64) error {
	// Files and added facts were checked with their lines already; this keeps
	// any other way in from storing a fact that breaks the rules.
	if err := fa.Validate(); err != nil {
		return fmt.Errorf("fact %s: %w", fa.FullID(), err)
	}
	kw, _ := json.Marshal(nonNil(fa.Keywords))
	var value any
	if fa.Value != nil {
		value = *fa.Value
	}
	d, ok := w.derived[fa.FullID()]
	if !ok {
		d = index.Derive(fa, w.aliases)
	}
	terms, ents := d.Terms, d.Roles
	args := []any{fa.Story, fa.ID, fa.Statement, fa.Subject, fa.Predicate, fa.Object, value, fa.Unit, fa.Date, fa.Place,
		fa.Quote, fa.Speaker, fa.Source, fa.Status, fa.Supersedes, string(kw), position, terms, encodeRoles(ents)}
	replace := rowid != 0
	if rowid == 0 {
		res, err := w.exec(ctx, `INSERT INTO facts (story_id, id, statement, subject, predicate, object, value, unit, date, place, quote, speaker, source_id, status, supersedes, keywords, position, terms, entity_roles)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, args...)
		if err != nil {
			return fmt.Errorf("fact %s: %w", fa.ID, err)
		}
		if rowid, err = res.LastInsertId(); err != nil {
			return err
		}
	} else {
		if _, err := w.exec(ctx, `UPDATE facts SET story_id = ?, id = ?, statement = ?, subject = ?, predicate = ?, object = ?, value = ?, unit = ?, date = ?, place = ?, quote = ?, speaker = ?, source_id = ?, status = ?, supersedes = ?, keywords = ?, position = ?, terms = ?, entity_roles = ?
			WHERE rowid = ?`, append(args, rowid)...); err != nil {
			return fmt.Errorf("fact %s: %w", fa.ID, err)
		}
	}
	return w.indexFact(ctx, rowid, terms, ents, replace)
}

// indexFact refreshes a fact's full-text row and the entities it is about.
func (w *writer) indexFact(ctx context.Context, rowid int64, terms string, ents map[string]string, replace bool) error {
	if replace {
		if _, err := w.exec(ctx, `DELETE FROM facts_fts WHERE rowid = ?`, rowid); err != nil {
			return err
		}
		if _, err := w.exec(ctx, `DELETE FROM fact_entities WHERE fact_rowid = ?`, rowid); err != nil {
			return err
		}
	}
	if _, err := w.exec(ctx, `INSERT INTO facts_fts (rowid, terms) VALUES (?, ?)`, rowid, terms); err != nil {
		return err
	}
	for entity, role := range ents {
		if _, err := w.exec(ctx, `INSERT OR IGNORE INTO fact_entities (entity_id, fact_rowid, role) VALUES (?, ?, ?)`, entity, rowid, role); err != nil {
			return err
		}
	}
	return nil
}

// exec runs a statement prepared once per import: imports repeat a few statements
// thousands of times.
func (w *writer) exec(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, ok := w.stmts[query]
	if !ok {
		var err error
		if st, err = w.tx.PrepareContext(ctx, query); err != nil {
			return nil, err
		}
		if w.stmts == nil {
			w.stmts = map[string]*sql.Stmt{}
		}
		w.stmts[query] = st
	}
	return st.ExecContext(ctx, args...)
}

// encodeRoles writes a fact's entities as "id=role id=role", sorted.
func encodeRoles(ents map[string]string) string {
	parts := make([]string, 0, len(ents))
	for id, role := range ents {
		parts = append(parts, id+"="+role)
	}
	slices.Sort(parts)
	return strings.Join(parts, " ")
}

func decodeRoles(s string) map[string]string {
	out := map[string]string{}
	for _, p := range strings.Fields(s) {
		if id, role, ok := strings.Cut(p, "="); ok {
			out[id] = role
		}
	}
	return out
}

var errNoRows = sql.ErrNoRows

type queryer interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func getStory(ctx context.Context, q queryer, id string) (*facts.Story, error) {
	var s facts.Story
	var tags string
	err := q.QueryRowContext(ctx, `SELECT id, title, date, summary, tags FROM stories WHERE id = ?`, id).Scan(&s.ID, &s.Title, &s.Date, &s.Summary, &tags)
	if err != nil {
		return nil, err
	}
	_ = json.Unmarshal([]byte(tags), &s.Tags)
	if len(s.Tags) == 0 {
		s.Tags = nil
	}
	return &s, nil
}

func getEntity(ctx context.Context, q queryer, id string) (*facts.Entity, error) {
	var e facts.Entity
	var aliases, members string
	err := q.QueryRowContext(ctx, `SELECT id, name, kind, title, aliases, members FROM entities WHERE id = ?`, id).Scan(&e.ID, &e.Name, &e.Kind, &e.Title, &aliases, &members)
	if err != nil {
		return nil, err
	}
	decodeList(aliases, &e.Aliases)
	decodeList(members, &e.Members)
	return &e, nil
}

func decodeList(s string, out *[]string) {
	_ = json.Unmarshal([]byte(s), out)
	if len(*out) == 0 {
		*out = nil
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

type storedFact struct {
	facts.Fact
	rowid int64
	// Read only by storyFacts, for an import's merge.
	cur      facts.Curation // decisions: reason, approved_by, retracted_by
	position int
}

const factColumns = `rowid, story_id, id, statement, subject, predicate, object, value, unit, date, place, quote, speaker, source_id, status, supersedes, keywords`

func scanFact(rows interface{ Scan(...any) error }) (storedFact, error) {
	var f storedFact
	var value sql.NullFloat64
	var kw string
	err := rows.Scan(&f.rowid, &f.Story, &f.ID, &f.Statement, &f.Subject, &f.Predicate, &f.Object, &value, &f.Unit, &f.Date, &f.Place,
		&f.Quote, &f.Speaker, &f.Source, &f.Status, &f.Supersedes, &kw)
	if err != nil {
		return f, err
	}
	if value.Valid {
		v := value.Float64
		f.Value = &v
	}
	decodeList(kw, &f.Keywords)
	return f, nil
}

// storyFacts reads a story's facts, with their curation and position, by id.
func storyFacts(ctx context.Context, q queryer, story string) (map[string]storedFact, error) {
	rows, err := q.QueryContext(ctx, `SELECT `+factColumns+`, status_note, approved_by, retracted_by, position FROM facts WHERE story_id = ? ORDER BY position, rowid`, story)
	if err != nil {
		return nil, fmt.Errorf("facts of %s: %w", story, err)
	}
	defer rows.Close()
	out := map[string]storedFact{}
	for rows.Next() {
		var c facts.Curation
		var pos int
		f, err := scanFact(scanExtra{rows, []any{&c.Reason, &c.ApprovedBy, &c.RetractedBy, &pos}})
		if err != nil {
			return nil, err
		}
		f.cur, f.position = statusCuration(f.Status, c), pos
		out[f.ID] = f
	}
	return out, rows.Err()
}

func lexiconByID(ctx context.Context, q queryer, id string) (*facts.Lexicon, error) {
	rows, err := q.QueryContext(ctx, `SELECT words FROM lexicon_groups WHERE lexicon = ? ORDER BY id`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	lx := &facts.Lexicon{ID: id}
	for rows.Next() {
		var words string
		if err := rows.Scan(&words); err != nil {
			return nil, err
		}
		var g []string
		decodeList(words, &g)
		lx.Synonyms = append(lx.Synonyms, g)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	srows, err := q.QueryContext(ctx, `SELECT word FROM lexicon_stopwords WHERE lexicon = ? ORDER BY word`, id)
	if err != nil {
		return nil, err
	}
	defer srows.Close()
	for srows.Next() {
		var w string
		if err := srows.Scan(&w); err != nil {
			return nil, err
		}
		lx.Stopwords = append(lx.Stopwords, w)
	}
	if lx.Synonyms == nil && lx.Stopwords == nil {
		return nil, srows.Err()
	}
	return lx, srows.Err()
}
