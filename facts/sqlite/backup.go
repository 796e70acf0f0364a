package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Backup writes a consistent copy of the live knowledge base to path. SQLite's
// VACUUM INTO reads one snapshot, so questions and edits carry on meanwhile and the
// copy never holds half of an import. The copy is written beside path and renamed
// into place, so path is either absent or complete.
func (kb *KB) Backup(ctx context.Context, path string) error {
	if _, err := os.Stat(path); err == nil {
		return facts.Errorf(facts.EINVALID, "%s already exists; choose a new file for the backup.", path)
	}
	if st, err := os.Stat(filepath.Dir(path)); err != nil || !st.IsDir() {
		return facts.Errorf(facts.EINVALID, "Cannot write %s: folder %s does not exist.", path, filepath.Dir(path))
	}
	tmp, err := tempBeside(path, "backup")
	if err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	defer os.Remove(tmp)
	if _, err := kb.db.ExecContext(ctx, `VACUUM INTO ?`, tmp); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if err := syncFile(tmp); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("backup to %s: %w", path, err)
	}
	return syncDir(filepath.Dir(path))
}

// RestoreOptions tune a restore.
type RestoreOptions struct {
	// Now dates the copy kept of the replaced knowledge base; nil means time.Now.
	Now func() time.Time
}

// Restore replaces the knowledge base at path with the backup at from. It refuses
// a file that is not a sound factdesk knowledge base (integrity check, migrations
// table, tables), one whose schema is not exactly what factdesk's migrations make
// or whose data an import would refuse (see backup_check.go), and a knowledge
// base some process still has open. The knowledge base it replaces is kept
// beside it (returned as saved, "" when there was none),
// and the swap is a rename, so path is always either the old or the new one. A
// path that is a folder, or in a folder that does not exist, is EINVALID.
func Restore(ctx context.Context, from, path string, opt RestoreOptions) (saved string, err error) {
	now := opt.Now
	if now == nil {
		now = time.Now
	}
	if err := validateBackup(ctx, from); err != nil {
		return "", err
	}
	if err := checkPath(path); err != nil {
		return "", err
	}
	tmp, err := tempBeside(path, "restore")
	if err != nil {
		return "", fmt.Errorf("restore %s: %w", path, err)
	}
	defer os.Remove(tmp)
	if err := vacuumInto(ctx, readOnlyDSN(from), tmp); err != nil {
		return "", fmt.Errorf("restore %s: copy %s: %w", path, from, err)
	}
	// The copy is what gets installed, so the copy is what is checked.
	if err := checkCopy(ctx, tmp, from); err != nil {
		return "", err
	}
	if err := forgetDerived(ctx, tmp); err != nil {
		return "", fmt.Errorf("restore %s: %w", path, err)
	}
	if err := syncFile(tmp); err != nil {
		return "", fmt.Errorf("restore %s: %w", path, err)
	}
	if _, err := os.Stat(path); err == nil {
		saved = path + ".before-restore-" + now().UTC().Format("20060102T150405Z")
		if err := retire(ctx, path, saved); err != nil {
			return "", err
		}
	}
	// The old file's -wal and -shm belong to it: left beside the new file, SQLite
	// would replay the old log into it. retire checkpointed them, so they hold
	// nothing that is not in the saved copy.
	for _, suffix := range []string{"-wal", "-shm"} {
		if err := os.Remove(path + suffix); err != nil && !errors.Is(err, os.ErrNotExist) {
			return saved, fmt.Errorf("restore %s: %w", path, err)
		}
	}
	if err := os.Rename(tmp, path); err != nil {
		return saved, fmt.Errorf("restore %s: %w", path, err)
	}
	return saved, syncDir(filepath.Dir(path))
}

// validateBackup checks that a file is a factdesk knowledge base in good order,
// reading it without changing it.
func validateBackup(ctx context.Context, path string) error {
	st, err := os.Stat(path)
	if err != nil {
		return facts.Errorf(facts.EINVALID, "%s: no such file.", path)
	}
	if st.IsDir() {
		return facts.Errorf(facts.EINVALID, "%s is a folder, not a knowledge base file.", path)
	}
	if !st.Mode().IsRegular() {
		return facts.Errorf(facts.EINVALID, "%s is not a regular file, so it cannot be a backup; nothing was changed.", path)
	}
	db, err := sql.Open("sqlite", readOnlyDSN(path))
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer db.Close()
	notKB := func(why string) error {
		return facts.Errorf(facts.EINVALID, "%s is not a factdesk knowledge base (%s); nothing was changed.", path, why)
	}
	rows, err := db.QueryContext(ctx, `PRAGMA integrity_check`)
	if err != nil && strings.Contains(err.Error(), "malformed") {
		return facts.Errorf(facts.EINVALID, "%s is damaged (SQLite: %v); nothing was changed.", path, err)
	}
	if err != nil {
		return notKB("SQLite cannot read it: " + err.Error())
	}
	var problems []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return notKB(err.Error())
		}
		if s != "ok" {
			problems = append(problems, s)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return notKB("SQLite cannot read it: " + err.Error())
	}
	if len(problems) > 0 {
		return facts.Errorf(facts.EINVALID, "%s is damaged (integrity check: %s); nothing was changed.", path, strings.Join(problems[:min(3, len(problems))], "; "))
	}
	var n int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM migrations WHERE name = 'migrations/001_init.sql'`).Scan(&n); err != nil || n == 0 {
		return notKB("it has no factdesk migrations table")
	}
	for _, table := range []string{"stories", "sources", "entities", "facts", "history", "kb_meta"} {
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?`, table).Scan(&n); err != nil || n == 0 {
			return notKB("table " + table + " is missing")
		}
	}
	return nil
}

// checkCopy checks the copy of the backup from, at path, for a schema other
// than factdesk's and for data an import would refuse.
func checkCopy(ctx context.Context, path, from string) error {
	db, err := sql.Open("sqlite", readOnlyDSN(path))
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer db.Close()
	why, err := schemaProblem(ctx, db)
	if err != nil {
		return fmt.Errorf("check the schema of %s: %w", from, err)
	}
	if why != "" {
		return facts.Errorf(facts.EINVALID, "%s cannot be restored: %s. A backup must have exactly the schema factdesk makes; nothing was changed.", from, why)
	}
	problems, err := dataProblems(ctx, db)
	if err != nil {
		return fmt.Errorf("check the data of %s: %w", from, err)
	}
	if len(problems) > 0 {
		return facts.Errorf(facts.EINVALID, "%s cannot be restored: %s. An import would refuse this data; nothing was changed.", from, firstOf(problems, 1))
	}
	return nil
}

// forgetDerived drops, from the copy at path, what factdesk derives from the
// tables and keeps beside them (the saved read model, the version of the index
// rows), so that the restored knowledge base rebuilds them from the data just
// checked when it is opened, rather than trusting the backup's.
func forgetDerived(ctx context.Context, path string) error {
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.ExecContext(ctx, `DELETE FROM kb_meta WHERE key = 'derive_version'`); err != nil {
		return fmt.Errorf("forget the index version: %w", err)
	}
	var saved int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'read_model'`).Scan(&saved); err != nil {
		return err
	}
	if saved > 0 {
		if _, err := db.ExecContext(ctx, `DELETE FROM read_model`); err != nil {
			return fmt.Errorf("forget the saved read model: %w", err)
		}
	}
	return nil
}

// retire saves a consistent copy of the knowledge base at path to saved, after
// making sure no process has it open: replacing a file under a running server
// would mix its log with the new file. Exclusive locking fails at once if any
// other connection holds the database.
func retire(ctx context.Context, path, saved string) error {
	q := url.Values{}
	q.Add("_pragma", "locking_mode(exclusive)")
	q.Add("_pragma", "busy_timeout(0)")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	conn, err := db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		if msg := err.Error(); strings.Contains(msg, "locked") || strings.Contains(msg, "busy") {
			return facts.Errorf(facts.EINVALID, "%s is in use (is factdesk serve running?); stop it and restore again. Nothing was changed.", path)
		}
		return facts.Errorf(facts.EINVALID, "%s cannot be replaced: it is not a database SQLite can open (%v). Move it away first. Nothing was changed.", path, err)
	}
	if _, err := conn.ExecContext(ctx, `COMMIT`); err != nil {
		return fmt.Errorf("lock %s: %w", path, err)
	}
	if _, err := conn.ExecContext(ctx, `VACUUM INTO ?`, saved); err != nil {
		return fmt.Errorf("save %s before restoring: %w", path, err)
	}
	if _, err := conn.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		return fmt.Errorf("checkpoint %s: %w", path, err)
	}
	return syncFile(saved)
}

// vacuumInto copies the database behind dsn to path.
func vacuumInto(ctx context.Context, dsn, path string) error {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.ExecContext(ctx, `VACUUM INTO ?`, path)
	return err
}

// readOnlyDSN opens a file for reading only, so that checking a file someone
// hands us never changes it.
func readOnlyDSN(path string) string {
	return "file:" + path + "?mode=ro&_pragma=busy_timeout(10000)"
}

// tempBeside returns an unused name in path's folder, so the final rename stays
// within one file system and is atomic.
func tempBeside(path, what string) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+"."+what+"-*")
	if err != nil {
		return "", err
	}
	name := f.Name()
	f.Close()
	// VACUUM INTO wants to create the file itself.
	return name, os.Remove(name)
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	_ = d.Sync() // not every file system syncs folders; the rename is done either way
	return nil
}
