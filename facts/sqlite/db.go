// Package sqlite is the knowledge base on disk: one SQLite file with its
// schema and migrations, the all-or-nothing import and the export of story
// files, curation and its history, backups, and the reading side the engine
// needs: the read model (index.Index) rebuilt when the generation moves, and
// the SQL behind index.Store. It implements the interfaces the bot and the HTTP
// API ask for; only cmd/factdesk imports it.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/factdesk/factdesk/facts/index"
	_ "modernc.org/sqlite" // the knowledge base's engine
)

//go:embed migrations/*.sql
var migrations embed.FS

// KB is a knowledge base: one SQLite file. It is safe for concurrent use.
type KB struct {
	db   *sql.DB
	path string
	// Now is the clock that dates history entries and flags; tests may set it
	// before using the knowledge base.
	Now func() time.Time
	// KeepDeliveries is how long answers delivered in chat are kept, and so how
	// far back a correction reaches; 0 means facts.DefaultKeepDeliveries.
	KeepDeliveries time.Duration
	// SaveModelInBackground saves a read model just built without making the
	// question that built it wait (a server, which lives on); otherwise the
	// save is part of that question (a one-shot command, which would exit
	// before a background save ends).
	SaveModelInBackground bool
	saving                sync.Mutex     // one background save at a time
	saves                 sync.WaitGroup // background saves, which Close waits for

	// Caches derived from the tables, each dropped when the generation moves.
	mu      sync.Mutex
	cache   *index.Index // the read model
	answers answerCache  // recent answers
	facts   factCache    // recently read facts
}

// dsn puts the pragmas in the connection string so every pooled connection gets them.
func dsn(path string) string {
	q := url.Values{}
	for _, p := range []string{"foreign_keys(1)", "journal_mode(wal)", "busy_timeout(10000)", "synchronous(normal)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	return "file:" + path + "?" + q.Encode()
}

// Open opens (creating if needed) the knowledge base at path and brings its schema
// up to date. A new knowledge base is empty; see OpenOrSeed for the bundled stories.
// It returns EINVALID for a path that is a folder or in a folder that does not
// exist, and for a file that is not a factdesk knowledge base (not SQLite at all,
// damaged, or another program's SQLite database, which it leaves untouched).
func Open(ctx context.Context, path string) (*KB, error) {
	if err := checkPath(path); err != nil {
		return nil, err
	}
	if err := checkForeign(ctx, path); err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	// Each SQLite connection keeps its own page cache: an unbounded pool under 32
	// concurrent clients held 200 MB at 100k facts. Eight connections keep two
	// cores busy; no code path needs more than two at once.
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(4)
	kb := &KB{db: db, path: path, Now: time.Now}
	if err := kb.migrate(ctx); err != nil {
		db.Close()
		if uerr := openError(path, err); uerr != nil {
			return nil, uerr
		}
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := kb.reindex(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return kb, nil
}

// Close releases the database.
func (kb *KB) Close() error {
	kb.saves.Wait() // a save in the background writes the same file
	return kb.db.Close()
}

// Path is the file the knowledge base lives in.
func (kb *KB) Path() string { return kb.path }

// Ping reports whether the knowledge base answers.
func (kb *KB) Ping(ctx context.Context) error {
	var n int
	return kb.db.QueryRowContext(ctx, `SELECT count(*) FROM stories`).Scan(&n)
}

// migrate applies the embedded numbered migrations not yet recorded, one
// transaction each.
func (kb *KB) migrate(ctx context.Context) error {
	names, err := migrationNames()
	if err != nil {
		return err
	}
	return kb.migrateThrough(ctx, names)
}

// migrateThrough applies the named migrations not yet recorded, in order.
func (kb *KB) migrateThrough(ctx context.Context, names []string) error {
	if _, err := kb.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("migrations table: %w", err)
	}
	for _, name := range names {
		if err := kb.migrateFile(ctx, name); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

// migrationNames lists the embedded migrations in the order they apply.
func migrationNames() ([]string, error) {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

func (kb *KB) migrateFile(ctx context.Context, name string) error {
	tx, err := kb.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	body, err := fs.ReadFile(migrations, name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO migrations (name, applied_at) VALUES (?, ?)`, name, kb.stamp()); err != nil {
		return err
	}
	return tx.Commit()
}

func (kb *KB) stamp() string { return kb.Now().UTC().Format(time.RFC3339) }

// bumpGeneration marks the knowledge base as changed inside a write transaction.
func bumpGeneration(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `UPDATE kb_meta SET value = value + 1 WHERE key = 'generation'`)
	return err
}

func (kb *KB) generation(ctx context.Context) (int64, error) {
	var g int64
	err := kb.db.QueryRowContext(ctx, `SELECT value FROM kb_meta WHERE key = 'generation'`).Scan(&g)
	return g, err
}

// IsEmpty reports whether the knowledge base holds no story yet.
func (kb *KB) IsEmpty(ctx context.Context) (bool, error) {
	var n int
	if err := kb.db.QueryRowContext(ctx, `SELECT count(*) FROM stories`).Scan(&n); err != nil {
		return false, err
	}
	return n == 0, nil
}

// placeholders returns "?, ?, ?" for n arguments.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}

// queryStrings runs a query whose rows are single strings.
func queryStrings(ctx context.Context, q queryer, query string, args ...any) ([]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}
