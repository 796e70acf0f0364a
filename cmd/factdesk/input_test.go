package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// hostileFiles makes, in a new folder, the files that once hung or exhausted
// factdesk: links to /dev/zero and /dev/urandom, a named pipe nobody writes to,
// and a file over the size limit (sparse, so the test writes nothing).
func hostileFiles(t *testing.T) map[string]struct{ path, why string } {
	t.Helper()
	dir := t.TempDir()
	files := map[string]struct{ path, why string }{}
	for name, target := range map[string]string{"DevZero": "/dev/zero", "DevURandom": "/dev/urandom"} {
		p := filepath.Join(dir, strings.ToLower(name)+".yaml")
		if err := os.Symlink(target, p); err != nil {
			t.Fatal(err)
		}
		files[name] = struct{ path, why string }{p, "is a device, not a regular file"}
	}
	fifo := filepath.Join(dir, "pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	files["NamedPipe"] = struct{ path, why string }{fifo, "is a named pipe, not a regular file"}
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, []byte("id: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, facts.MaxFileSize+1); err != nil {
		t.Fatal(err)
	}
	files["TooLarge"] = struct{ path, why string }{big, "is over the 16777216-byte limit"}
	return files
}

// TestInput_OnlyRegularFiles: kb import, kb add, kb draft and check read only regular
// files within the size limit; anything else gets one line naming the file and
// why (exit 2) at once, instead of a hang on a named pipe or memory filled from
// /dev/zero, and the knowledge base is left as it was.
func TestInput_OnlyRegularFiles(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	mustRun(t, db, "", 0, "kb", "list")
	want := exportOf(t, db)
	for name, f := range hostileFiles(t) {
		for _, args := range [][]string{
			{"kb", "import", f.path},
			{"kb", "add", "--story", "un-xinjiang-2021", f.path},
			{"kb", "draft", "--story", "drafted", "--date", "2024-06-04", f.path},
		} {
			t.Run(name+"/"+args[1], func(t *testing.T) {
				_, errOut, code := run(t, db, "", args...)
				oneLine(t, strings.Join(args[:2], " "), errOut, code, f.path+": "+f.why)
			})
		}
		t.Run(name+"/check", func(t *testing.T) {
			_, errOut, code := run(t, db, "", "check", f.path)
			why := f.why
			if name == "TooLarge" {
				why = "the passage is over the 131072-byte limit"
			}
			oneLine(t, "check", errOut, code, f.path+": "+why)
		})
	}
	if got := exportOf(t, db); len(got) != len(want) || got["un-xinjiang-2021.yaml"] != want["un-xinjiang-2021.yaml"] {
		t.Error("a refused file changed the knowledge base")
	}
}

// TestInput_ImportFolderStaysInside: a folder handed to kb import is read
// through, but not out of: a link in it to a file elsewhere is refused by
// name, its content never quoted, and nothing is imported.
func TestInput_ImportFolderStaysInside(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	mustRun(t, db, "", 0, "kb", "list")
	want := exportOf(t, db)
	outside := filepath.Join(t.TempDir(), "secret.yaml")
	if err := os.WriteFile(outside, []byte("hunter2-password: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	link := filepath.Join(dir, "a.yaml")
	if err := os.Symlink(outside, link); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := run(t, db, "", "kb", "import", dir)
	if code != 2 || !strings.Contains(errOut, link) || strings.Contains(errOut, "hunter2") {
		t.Errorf("kb import of a folder holding a link out of it: exit %d, stderr %q; want exit 2 naming %s, quoting nothing of the file", code, errOut, link)
	}
	if got := exportOf(t, db); len(got) != len(want) {
		t.Error("a refused import changed the knowledge base")
	}
}

// TestKB_RestoreRefusesPlantedTrigger: a backup with a trigger that would undo
// every retraction is refused (exit 2, one line naming the backup and the
// trigger) and the knowledge base is left as it was: a retraction still holds.
func TestKB_RestoreRefusesPlantedTrigger(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	mustRun(t, db, "", 0, "kb", "import", rivertonFile)
	want := exportOf(t, db)
	backup := filepath.Join(dir, "backup.db")
	mustRun(t, db, "", 0, "kb", "backup", backup)
	raw, err := sql.Open("sqlite", backup)
	if err != nil {
		t.Fatal(err)
	}
	_, err = raw.Exec(`CREATE TRIGGER keep_approved AFTER UPDATE OF status ON facts WHEN new.status = 'retracted'
		BEGIN UPDATE facts SET status = 'approved' WHERE rowid = new.rowid; END`)
	raw.Close()
	if err != nil {
		t.Fatal(err)
	}

	_, errOut, code := run(t, db, "", "kb", "restore", backup)
	oneLine(t, "restore of a backup with a planted trigger", errOut, code, backup+` cannot be restored: it holds what factdesk's migrations do not make: trigger "keep_approved"`)
	if got := exportOf(t, db); len(got) != len(want) || got["riverton-transit-2024.yaml"] != want["riverton-transit-2024.yaml"] {
		t.Fatal("a refused restore changed the knowledge base")
	}
	mustRun(t, db, "", 0, "kb", "retract", drivers, "--reason", "test")
	if out := mustRun(t, db, "", 0, "kb", "show", drivers); !strings.Contains(out, "[retracted]") {
		t.Errorf("the retraction did not hold:\n%s", out)
	}
}
