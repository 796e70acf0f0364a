package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// bigStory writes a story of n facts; version tells old and new apart.
func bigStory(t *testing.T, dir, version string, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("story:\n  id: big-story\n  title: A very large story\n  date: 2024-05-01\nsources:\n  - id: report\n    title: Big report\nentities:\n  - id: big-board\n    name: Big Board\n    kind: organization\nfacts:\n")
	for i := range n {
		fmt.Fprintf(&b, "  - id: item-%d\n    statement: Item %d of the %s report counted %d widgets in district %d.\n    subject: big-board\n    value: %d\n    unit: widgets\n    source: report\n",
			i, i, version, 1000+i, i%97, 1000+i)
	}
	path := filepath.Join(dir, version+".yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestKB_ImportKilled: a kb import process killed with SIGKILL in the middle of
// a large import leaves a knowledge base that passes SQLite's integrity check and
// holds exactly what it held before.
func TestKB_ImportKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and imports a large story")
	}
	bin := factdeskBinary(t)
	stories := t.TempDir()
	newStory := bigStory(t, stories, "new", 20000)
	oldStory := bigStory(t, stories, "old", 300)

	for attempt := 1; attempt <= 5; attempt++ {
		dir := t.TempDir()
		db := filepath.Join(dir, "kb.db")
		mustRun(t, db, "", 0, "kb", "import", rivertonFile, oldStory)
		want := exportOf(t, db)

		cmd := exec.Command(bin, "kb", "import", "--db", db, newStory)
		cmd.Dir = dir // no .env but the test's
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		// The import writes its transaction's pages to the -wal file as it goes;
		// once that has grown, the process is inside the transaction.
		var walSize int64
		killed := false
	watch:
		for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(2 * time.Millisecond) {
			select {
			case <-exited:
				break watch
			default:
			}
			if st, err := os.Stat(db + "-wal"); err == nil && st.Size() > 1<<20 {
				walSize = st.Size()
				cmd.Process.Kill() // SIGKILL
				<-exited
				killed = true
				break
			}
		}
		if !killed {
			t.Logf("attempt %d: the import finished before it could be killed; trying again", attempt)
			continue
		}
		t.Logf("attempt %d: killed with a %d-byte -wal", attempt, walSize)

		sqldb, err := sql.Open("sqlite", "file:"+db)
		if err != nil {
			t.Fatal(err)
		}
		var check string
		if err := sqldb.QueryRowContext(context.Background(), `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
			t.Errorf("integrity_check = %q, %v", check, err)
		}
		sqldb.Close()
		got := exportOf(t, db)
		if reflect.DeepEqual(got, want) {
			return // old content, whole
		}
		if strings.Contains(got["big-story.yaml"], "new report") && !strings.Contains(got["big-story.yaml"], "old report") {
			t.Logf("attempt %d: the kill landed after the commit; trying again", attempt)
			continue
		}
		t.Fatalf("after the kill the knowledge base holds neither the old content nor the new")
	}
	t.Fatal("could not kill the import in the middle in 5 attempts")
}
