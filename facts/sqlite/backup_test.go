package sqlite_test

import (
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"context"
	"database/sql"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factdesk/factdesk/facts"
)

// exported returns the knowledge base's export: file name -> content.
func exported(t *testing.T, kb *sqlite.KB) map[string]string {
	t.Helper()
	dir := t.TempDir()
	if _, err := kb.Export(context.Background(), dir, sqlite.ExportOptions{}); err != nil {
		t.Fatalf("export: %v", err)
	}
	out := map[string]string{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		out[e.Name()] = string(b)
	}
	return out
}

func openKB(t *testing.T, path string) *sqlite.KB {
	t.Helper()
	kb, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	t.Cleanup(func() { kb.Close() })
	return kb
}

// TestKB_Backup_WhileServing: a backup taken while questions are being answered,
// restored elsewhere and over the original, gives a knowledge base whose export
// equals the original's.
func TestKB_Backup_WhileServing(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	orig := filepath.Join(dir, "live.db")
	kb, err := sqlite.OpenOrSeed(ctx, orig)
	if err != nil {
		t.Fatal(err)
	}
	defer kb.Close()
	sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
	if _, err := kb.Retract(ctx, editor, driversHired, "wrong figure"); err != nil {
		t.Fatal(err)
	}
	want := exported(t, kb)

	var stop atomic.Bool
	var asked atomic.Int64
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() {
				if ans, err := kb.Ask(ctx, "Who signed the statement?", facts.AskOptions{}); err != nil || !ans.Found {
					t.Errorf("ask during backup: %v %q", err, ans.Answer)
					return
				}
				asked.Add(1)
			}
		}()
	}
	for asked.Load() < 3 {
		time.Sleep(time.Millisecond) // let the readers get going
	}
	backup := filepath.Join(dir, "backup.db")
	err = kb.Backup(ctx, backup)
	stop.Store(true)
	wg.Wait()
	if err != nil {
		t.Fatalf("backup: %v", err)
	}
	if err := kb.Backup(ctx, backup); facts.ErrorCode(err) != facts.EINVALID {
		t.Errorf("backup over an existing file: err = %v, want invalid", err)
	}

	t.Run("RestoreElsewhere", func(t *testing.T) {
		target := filepath.Join(t.TempDir(), "restored.db")
		saved, err := sqlite.Restore(ctx, backup, target, sqlite.RestoreOptions{})
		if err != nil || saved != "" {
			t.Fatalf("restore = %q, %v", saved, err)
		}
		if got := exported(t, openKB(t, target)); !reflect.DeepEqual(got, want) {
			t.Errorf("restored export differs from the original's")
		}
	})
	t.Run("ErrInUse", func(t *testing.T) {
		if _, err := sqlite.Restore(ctx, backup, orig, sqlite.RestoreOptions{}); facts.ErrorCode(err) != facts.EINVALID || !strings.Contains(err.Error(), "in use") {
			t.Errorf("restore over an open knowledge base: err = %v, want refused as in use", err)
		}
	})
	t.Run("RestoreOverOriginal", func(t *testing.T) {
		// Change the original after the backup, stop serving, restore.
		if _, err := kb.Approve(ctx, editor, riverton+"/pending-grant"); err != nil {
			t.Fatal(err)
		}
		kb.Close()
		clock := func() time.Time { return time.Date(2024, 3, 12, 9, 30, 0, 0, time.UTC) }
		saved, err := sqlite.Restore(ctx, backup, orig, sqlite.RestoreOptions{Now: clock})
		if err != nil {
			t.Fatalf("restore: %v", err)
		}
		if saved != orig+".before-restore-20240312T093000Z" {
			t.Errorf("the replaced knowledge base is kept as %s, want it dated by the clock", saved)
		}
		if _, err := os.Stat(orig + "-wal"); err == nil {
			t.Errorf("the old -wal was left beside the restored file")
		}
		if got := exported(t, openKB(t, orig)); !reflect.DeepEqual(got, want) {
			t.Errorf("restored export differs from the backup's")
		}
		// What it replaced is kept.
		old := openKB(t, saved)
		if f, err := old.Fact(ctx, riverton+"/pending-grant"); err != nil || f.Status != facts.StatusApproved {
			t.Errorf("saved copy = %+v, %v; want the replaced knowledge base", f.Status, err)
		}
		kb = openKB(t, orig)
		if !mustAsk(t, kb, "Who signed the statement?").Found {
			t.Error("restored knowledge base does not answer")
		}
	})
}

func TestRestore_NotAKnowledgeBase(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	target := filepath.Join(dir, "kb.db")
	kb, err := sqlite.OpenOrSeed(ctx, target)
	if err != nil {
		t.Fatal(err)
	}
	want := exported(t, kb)
	kb.Close()

	plain := filepath.Join(dir, "plain.db")
	db, err := sql.Open("sqlite", plain)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('hi')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	junk := filepath.Join(dir, "junk.db")
	os.WriteFile(junk, []byte(strings.Repeat("not a database at all. ", 100)), 0o644)
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o644)
	damaged := filepath.Join(dir, "damaged.db")
	src := filepath.Join(dir, "good.db")
	kb = openKB(t, target)
	if err := kb.Backup(ctx, src); err != nil {
		t.Fatal(err)
	}
	kb.Close()
	b, _ := os.ReadFile(src)
	for i := len(b) / 2; i < len(b)/2+4096 && i < len(b); i++ {
		b[i] ^= 0x5a // scramble a page in the middle
	}
	os.WriteFile(damaged, b, 0o644)

	for name, path := range map[string]string{"SQLiteButNotKB": plain, "Junk": junk, "Empty": empty, "Missing": filepath.Join(dir, "nope.db"), "Folder": dir, "Damaged": damaged} {
		t.Run(name, func(t *testing.T) {
			if _, err := sqlite.Restore(ctx, path, target, sqlite.RestoreOptions{}); facts.ErrorCode(err) != facts.EINVALID {
				t.Errorf("err = %v, want invalid", err)
			}
			if got := exported(t, openKB(t, target)); !reflect.DeepEqual(got, want) {
				t.Errorf("a refused restore changed the knowledge base")
			}
		})
	}
}
