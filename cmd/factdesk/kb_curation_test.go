package main

import (
	"github.com/factdesk/factdesk/facts/sqlite"

	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
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

const (
	rivertonFile = "../../facts/testdata/riverton-transit.yaml"
	drivers      = "riverton-transit-2024/drivers-hired"
	driversQ     = "How many new bus drivers will the transit authority hire?"
)

// mustRun runs a command line and fails the test unless it exits with want.
func mustRun(t *testing.T, db, stdin string, want int, args ...string) string {
	t.Helper()
	out, errOut, code := run(t, db, stdin, args...)
	if code != want {
		t.Fatalf("factdesk %s: exit %d, want %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, want, out, errOut)
	}
	return out + errOut
}

// exportOf exports the knowledge base at db and returns file name -> content.
func exportOf(t *testing.T, db string) map[string]string {
	t.Helper()
	dir := t.TempDir()
	mustRun(t, db, "", 0, "kb", "export", "--db", db, dir)
	out := map[string]string{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		out[e.Name()] = string(b)
	}
	return out
}

func TestKB_CurationCommands(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	mustRun(t, db, "", 0, "kb", "import", rivertonFile)

	// Flag, then see it in the queue.
	out := mustRun(t, db, "", 0, "kb", "flag", drivers, "--note", "The gazette corrected this to 58.")
	if !strings.Contains(out, "Flagged "+drivers) {
		t.Errorf("flag: %s", out)
	}
	// Add a correction from stdin; it waits for review.
	fix := "id: drivers-corrected\nstatement: The Riverton Transit Authority will hire 58 new bus drivers under the plan.\nvalue: 58\nunit: drivers\nsource: gazette\nsupersedes: drivers-hired\n"
	mustRun(t, db, fix, 0, "kb", "add", "--story", "riverton-transit-2024", "-")
	out = mustRun(t, db, "", 0, "kb", "pending")
	for _, want := range []string{"riverton-transit-2024/drivers-corrected", "riverton-transit-2024/pending-grant", "The gazette corrected this to 58."} {
		if !strings.Contains(out, want) {
			t.Errorf("pending lacks %q:\n%s", want, out)
		}
	}
	var rev facts.Review
	if err := json.Unmarshal([]byte(mustRun(t, db, "", 0, "kb", "pending", "--json")), &rev); err != nil || len(rev.Pending) != 2 || len(rev.Flags) != 1 {
		t.Errorf("pending --json = %+v, %v", rev, err)
	}
	// Approve the correction: it answers, saying it is one.
	mustRun(t, db, "", 0, "kb", "approve", "riverton-transit-2024/drivers-corrected")
	out = mustRun(t, db, "", 0, "ask", driversQ)
	if !strings.Contains(out, "58") || strings.Contains(out, " 85 ") || !strings.Contains(out, "correction") {
		t.Errorf("answer after the correction:\n%s", out)
	}
	// Retract needs a reason; with one, the fact stops answering.
	mustRun(t, db, "", 2, "kb", "retract", "riverton-transit-2024/drivers-corrected")
	mustRun(t, db, "", 0, "kb", "retract", "riverton-transit-2024/drivers-corrected", "--reason", "The authority has not said.")
	if out := mustRun(t, db, "", 0, "ask", driversQ); strings.Contains(out, "58") {
		t.Errorf("retracted fact answered:\n%s", out)
	}
	// History: readable and JSON, with who, where, old and new values.
	out = mustRun(t, db, "", 0, "kb", "history", "riverton-transit-2024/drivers-corrected")
	for _, want := range []string{"is retracted: The authority has not said.", "create", "approve", "retract", "via cli", "status: approved -> retracted"} {
		if !strings.Contains(out, want) {
			t.Errorf("history lacks %q:\n%s", want, out)
		}
	}
	var hist struct {
		Status  facts.FactStatus `json:"status"`
		Changes []struct {
			Action, Actor, Surface string
			Old, New               map[string]any
		} `json:"changes"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, db, "", 0, "kb", "history", "--json", drivers)), &hist); err != nil {
		t.Fatal(err)
	}
	actions := []string{}
	for _, c := range hist.Changes {
		actions = append(actions, c.Action)
	}
	if !reflect.DeepEqual(actions, []string{"create", "flag", "supersede"}) || hist.Changes[0].New["statement"] == nil || hist.Status.OpenFlags != nil {
		t.Errorf("history --json of %s: actions %v, status %+v", drivers, actions, hist.Status)
	}

	// Mistakes exit 2 with one clear line and change nothing.
	before := exportOf(t, db)
	for _, args := range [][]string{
		{"kb", "add", "--story", "riverton-transit-2024", "no-such-file.yaml"},
		{"kb", "add", "-"}, // no --story
		{"kb", "approve", "riverton-transit-2024/nope"},
		{"kb", "flag", drivers},
		{"kb", "history", "nothing-here"},
		{"kb", "retract", "not-an-id", "--reason", "x"},
	} {
		if _, errOut, code := run(t, db, "", args...); code != 2 || !strings.HasPrefix(errOut, "factdesk") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and one line", args, code, errOut)
		}
	}
	_, errOut, _ := run(t, db, "id: x\nstatement: y\nsource: gazette\ncolour: blue\n", "kb", "add", "--story", "riverton-transit-2024")
	if !strings.Contains(errOut, "stdin:4: facts[].colour: unknown key") {
		t.Errorf("bad fact: %q, want the line and field named", errOut)
	}
	if after := exportOf(t, db); !reflect.DeepEqual(after, before) {
		t.Error("a refused command changed the knowledge base")
	}
	if _, errOut, code := run(t, filepath.Join(t.TempDir(), "none.db"), "", "kb", "pending"); code != 2 || !strings.Contains(errOut, "No knowledge base") {
		t.Errorf("pending without a knowledge base: exit %d, %q", code, errOut)
	}
}

// TestKB_BackupWhileServing: a backup taken by another process while the server
// answers questions, restored, exports the same as the original.
func TestKB_BackupWhileServing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "live.db")
	mustRun(t, db, "", 0, "kb", "import", rivertonFile)
	mustRun(t, db, "", 0, "kb", "retract", drivers, "--reason", "wrong figure")
	base, stop := serveDB(t, db)

	var asked atomic.Int64
	done := make(chan struct{})
	var wg sync.WaitGroup
	for range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				resp, err := http.Get(base + "/api/v1/ask?q=" + url.QueryEscape("Who signed the statement?"))
				if err != nil {
					t.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					t.Errorf("ask while backing up: %d", resp.StatusCode)
					return
				}
				asked.Add(1)
			}
		}()
	}
	for asked.Load() < 5 {
		time.Sleep(time.Millisecond)
	}
	backup := filepath.Join(dir, "backup.db")
	mustRun(t, db, "", 0, "kb", "backup", backup)
	close(done)
	wg.Wait()
	want := exportOf(t, db)

	// Restoring over a served knowledge base is refused; it is still served.
	if _, errOut, code := run(t, db, "", "kb", "restore", backup); code != 2 || !strings.Contains(errOut, "in use") {
		t.Errorf("restore while serving: exit %d, %q", code, errOut)
	}
	stop()
	restored := filepath.Join(t.TempDir(), "restored.db")
	mustRun(t, restored, "", 0, "kb", "restore", backup)
	if got := exportOf(t, restored); !reflect.DeepEqual(got, want) {
		t.Error("the restored knowledge base exports differently from the original")
	}
	// Over the original, once it is no longer served.
	mustRun(t, db, "", 0, "kb", "approve", "riverton-transit-2024/pending-grant")
	out := mustRun(t, db, "", 0, "kb", "restore", backup)
	if !strings.Contains(out, "kept as") {
		t.Errorf("restore does not say where the replaced knowledge base is: %s", out)
	}
	if got := exportOf(t, db); !reflect.DeepEqual(got, want) {
		t.Error("restoring over the original did not bring back the backup's content")
	}
	if _, errOut, code := run(t, db, "", "kb", "restore", rivertonFile); code != 2 || !strings.Contains(errOut, "not a factdesk knowledge base") {
		t.Errorf("restore from a YAML file: exit %d, %q", code, errOut)
	}
}

// serveDB serves the knowledge base at db like factdesk serve; stop ends it.
func serveDB(t *testing.T, db string) (string, func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	kb, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	// The clients here ask as fast as they can for as long as another process
	// works, far beyond what a person would, so the per-client rate is off: it
	// has tests of its own (adapters/http), and a 429 here would say nothing
	// about the knowledge base.
	env := map[string]string{"FACTDESK_HTTP_RATE": "off"}
	m := &Main{Config: ConfigFromEnv(func(k string) string { return env[k] }), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	errc := make(chan error, 1)
	go func() { errc <- m.Serve(ctx, kb, ln) }()
	var once sync.Once
	stop := func() {
		once.Do(func() {
			cancel()
			if err := <-errc; err != nil {
				t.Errorf("serve: %v", err)
			}
			kb.Close()
		})
	}
	t.Cleanup(stop)
	return "http://" + ln.Addr().String(), stop
}

func TestKB_Draft(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	mustRun(t, db, "", 0, "kb", "list") // a knowledge base with the bundled story
	out := filepath.Join(dir, "draft.yaml")
	msg := mustRun(t, db, "", 0, "kb", "draft", "../../facts/testdata/wire-harbor-bridge.txt", "--story", "harbor-bridge-2024", "--date", "2024-06-04", "-o", out)
	if !strings.Contains(msg, "6 quote(s)") {
		t.Errorf("draft summary: %s", msg)
	}
	mustRun(t, db, "", 2, "kb", "draft", "../../facts/testdata/wire-harbor-bridge.txt", "--story", "harbor-bridge-2024", "-o", out) // exists
	mustRun(t, db, "", 0, "kb", "import", out)
	list := mustRun(t, db, "", 0, "kb", "list")
	if !strings.Contains(list, "harbor-bridge-2024") {
		t.Errorf("drafted story not imported:\n%s", list)
	}
	// To standard output, from standard input.
	stdout := mustRun(t, db, "\"We are ready,\" said Mayor Ana Ortiz.\n", 0, "kb", "draft", "--story", "s", "--date", "2024-06-04", "-")
	if !strings.Contains(stdout, "quote: We are ready") || !strings.Contains(stdout, "speaker: ana-ortiz") {
		t.Errorf("draft to stdout:\n%s", stdout)
	}
	mustRun(t, db, "", 2, "kb", "draft", "../../facts/testdata/wire-harbor-bridge.txt") // no --story
}
