package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/factdesk/factdesk/facts"
	sqlitedriver "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// checkPath refuses, before SQLite sees it, a path that cannot hold a knowledge
// base: a folder, or a new file in a folder that does not exist. Creating the
// folder would hide a mistyped path behind a fresh, empty-looking knowledge base.
func checkPath(path string) error {
	abs := absPath(path)
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		return facts.Errorf(facts.EINVALID, "%s is a folder, not a knowledge base file; give a file such as %s.", abs, filepath.Join(abs, "factdesk.db"))
	case err == nil && !st.Mode().IsRegular():
		return facts.Errorf(facts.EINVALID, "%s is not a regular file, so it cannot be a knowledge base.", abs)
	case err == nil:
		return nil
	case !errors.Is(err, os.ErrNotExist):
		return facts.Errorf(facts.EINVALID, "Cannot open the knowledge base %s: %v.", abs, unwrapPathError(err))
	}
	dir := filepath.Dir(abs)
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return facts.Errorf(facts.EINVALID, "Cannot create the knowledge base %s: folder %s does not exist.", abs, dir)
	}
	return nil
}

// checkForeign refuses, reading it without changing it, a file that is not a
// factdesk knowledge base: one that is not SQLite at all, or a SQLite database
// some other program made (it has tables but not factdesk's migrations table).
// Opening it as a knowledge base would change it (its journal mode, our tables).
func checkForeign(ctx context.Context, path string) error {
	if st, err := os.Stat(path); err != nil || st.Size() == 0 {
		return nil // a new knowledge base
	}
	db, err := sql.Open("sqlite", readOnlyDSN(path))
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer db.Close()
	var tables, ours int
	err = db.QueryRowContext(ctx, `SELECT count(*), count(CASE WHEN name = 'migrations' THEN 1 END) FROM sqlite_schema WHERE type = 'table'`).Scan(&tables, &ours)
	if err != nil {
		if uerr := openError(path, err); uerr != nil {
			return uerr
		}
		return fmt.Errorf("open %s: %w", path, err)
	}
	if tables > 0 && ours == 0 {
		return facts.Errorf(facts.EINVALID, "%s is a SQLite database but not a factdesk knowledge base (it has none of factdesk's tables); it was left unchanged.", absPath(path))
	}
	return nil
}

// openError turns SQLite's refusals to open a file into a sentence for the
// person who named it, or returns nil when err is not one of them.
func openError(path string, err error) error {
	var se *sqlitedriver.Error
	if !errors.As(err, &se) {
		return nil
	}
	abs := absPath(path)
	switch se.Code() & 0xff {
	case sqlite3.SQLITE_NOTADB:
		return facts.Errorf(facts.EINVALID, "%s is not a knowledge base: it is not a SQLite database at all.", abs)
	case sqlite3.SQLITE_CORRUPT:
		return facts.Errorf(facts.EINVALID, "%s is damaged (SQLite: %v); restore it from a backup (factdesk kb restore FILE).", abs, se)
	case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_AUTH:
		return facts.Errorf(facts.EINVALID, "Cannot open the knowledge base %s (SQLite: %v); check the file and its folder's permissions.", abs, se)
	}
	return nil
}

// absPath is path made absolute for messages, or path itself when that fails.
func absPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return path
}

func unwrapPathError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
