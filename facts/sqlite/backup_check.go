package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"
)

// A backup is a whole SQLite file from elsewhere, so restoring one must not
// trust it: a trigger planted in it would run inside every later write (one that
// undoes each retraction, say), a view or an extra index could change what
// queries read, and rows no import would accept (an id like "../../x", an
// infinite figure) would break export and the engine's reading. A backup is
// restored only when its schema is exactly the one factdesk's own migrations make
// and its stories, sources, entities, facts and lexicons pass the checks an
// import applies.

// schemaProblem returns why the schema of db is not the one factdesk's
// migrations make, or "" when it is. The backup's migrations must be the first of
// factdesk's own, in order (a backup from an older factdesk is brought up to
// date when opened); its sqlite_schema is compared, object by object and SQL
// text by SQL text, with that of a new knowledge base migrated just as far.
func schemaProblem(ctx context.Context, db *sql.DB) (string, error) {
	applied, err := queryStrings(ctx, db, `SELECT name FROM migrations ORDER BY name`)
	if err != nil {
		return "", fmt.Errorf("read migrations: %w", err)
	}
	known, err := migrationNames()
	if err != nil {
		return "", err
	}
	if len(applied) > len(known) || !slices.Equal(applied, known[:len(applied)]) {
		return "its migrations are not factdesk's (is it from a newer factdesk?)", nil
	}
	want, err := migratedSchema(ctx, applied)
	if err != nil {
		return "", err
	}
	got, err := readSchema(ctx, db)
	if err != nil {
		return "", err
	}
	var extra, missing, changed []string
	for key, sql := range got {
		if w, ok := want[key]; !ok {
			extra = append(extra, key)
		} else if w != sql {
			changed = append(changed, key)
		}
	}
	for key := range want {
		if _, ok := got[key]; !ok {
			missing = append(missing, key)
		}
	}
	for _, p := range []struct {
		keys []string
		what string
	}{
		{extra, "it holds what factdesk's migrations do not make: "},
		{changed, "it differs from what factdesk's migrations make in "},
		{missing, "it lacks "},
	} {
		if len(p.keys) > 0 {
			slices.Sort(p.keys)
			return p.what + firstOf(p.keys, 3), nil
		}
	}
	return "", nil
}

// migratedSchema is the schema of a new, empty knowledge base with the named
// migrations applied, built in memory.
func migratedSchema(ctx context.Context, names []string) (map[string]string, error) {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return nil, fmt.Errorf("reference schema: %w", err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // each connection to :memory: is a database of its own
	ref := &KB{db: db, Now: time.Now}
	if err := ref.migrateThrough(ctx, names); err != nil {
		return nil, fmt.Errorf("reference schema: %w", err)
	}
	return readSchema(ctx, db)
}

// readSchema reads sqlite_schema as "type name" -> SQL text. Statistics that
// ANALYZE leaves (sqlite_stat1, sqlite_stat4) only guide the query planner and
// are left out.
func readSchema(ctx context.Context, db *sql.DB) (map[string]string, error) {
	rows, err := db.QueryContext(ctx, `SELECT type, name, ifnull(sql, '') FROM sqlite_schema
		WHERE NOT (type = 'table' AND name IN ('sqlite_stat1', 'sqlite_stat4'))`)
	if err != nil {
		return nil, fmt.Errorf("read schema: %w", err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var typ, name, sql string
		if err := rows.Scan(&typ, &name, &sql); err != nil {
			return nil, fmt.Errorf("read schema: %w", err)
		}
		out[fmt.Sprintf("%s %q", typ, name)] = sql
	}
	return out, rows.Err()
}

// dataProblems checks the backup's stories, sources, entities, facts and
// lexicon ids with the rules an import applies (each value's Validate: ids and
// their length, required fields, dates, URLs, statuses, finite figures) and
// returns what breaks them, each located by table and row. It reads only the
// columns the first migration made, so backups of any age are read alike.
func dataProblems(ctx context.Context, db *sql.DB) ([]string, error) {
	var out []string
	add := func(table string, rowid int64, err error) {
		where := fmt.Sprintf("%s row %d", table, rowid)
		if v, ok := err.(*facts.ValidationError); ok {
			for _, p := range v.Problems {
				out = append(out, fmt.Sprintf("%s: %s: %s", where, p.Field, p.What))
			}
		} else if err != nil {
			out = append(out, fmt.Sprintf("%s: %v", where, err))
		}
	}
	err := eachRow(ctx, db, `SELECT rowid, id, title, date FROM stories`, func(rows *sql.Rows) error {
		var rowid int64
		var s facts.Story
		if err := rows.Scan(&rowid, &s.ID, &s.Title, &s.Date); err != nil {
			return err
		}
		add("stories", rowid, s.Validate())
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(ctx, db, `SELECT rowid, id, title, url, published FROM sources`, func(rows *sql.Rows) error {
		var rowid int64
		var s facts.Source
		if err := rows.Scan(&rowid, &s.ID, &s.Title, &s.URL, &s.Published); err != nil {
			return err
		}
		add("sources", rowid, s.Validate())
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(ctx, db, `SELECT rowid, id, name, kind FROM entities`, func(rows *sql.Rows) error {
		var rowid int64
		var e facts.Entity
		if err := rows.Scan(&rowid, &e.ID, &e.Name, &e.Kind); err != nil {
			return err
		}
		add("entities", rowid, e.Validate())
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(ctx, db, `SELECT rowid, story_id, id, statement, value, date, quote, speaker, source_id, status, supersedes FROM facts`, func(rows *sql.Rows) error {
		var rowid int64
		var f facts.Fact
		var value any
		if err := rows.Scan(&rowid, &f.Story, &f.ID, &f.Statement, &value, &f.Date, &f.Quote, &f.Speaker, &f.Source, &f.Status, &f.Supersedes); err != nil {
			return err
		}
		switch v := value.(type) {
		case nil:
		case int64:
			x := float64(v)
			f.Value = &x
		case float64:
			f.Value = &v
		default:
			add("facts", rowid, fmt.Errorf("facts.value: is not a number"))
		}
		if p := facts.SlugProblem(f.Story); p != "" {
			add("facts", rowid, fmt.Errorf("story.id: %s", p))
		}
		add("facts", rowid, f.Validate())
		return nil
	})
	if err != nil {
		return nil, err
	}
	err = eachRow(ctx, db, `SELECT lexicon FROM lexicon_groups UNION SELECT lexicon FROM lexicon_stopwords`, func(rows *sql.Rows) error {
		var id string
		if err := rows.Scan(&id); err != nil {
			return err
		}
		if p := facts.SlugProblem(id); p != "" {
			out = append(out, "a lexicon: lexicon.id: "+p)
		}
		return nil
	})
	return out, err
}

// eachRow runs query and calls fn on each row.
func eachRow(ctx context.Context, db *sql.DB, query string, fn func(*sql.Rows) error) error {
	rows, err := db.QueryContext(ctx, query)
	if err != nil {
		return fmt.Errorf("read backup: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := fn(rows); err != nil {
			return fmt.Errorf("read backup: %w", err)
		}
	}
	return rows.Err()
}

// firstOf names the first n items, and how many more there are.
func firstOf(items []string, n int) string {
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(items[:n], ", "), len(items)-n)
}
