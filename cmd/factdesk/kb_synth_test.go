package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factdesk/factdesk/facts"
)

// TestKBSynth_ImportExport writes a synthetic knowledge base, imports it and
// exports it again, as the README's performance section does. Output that is not
// a terminal gets no progress bar, only the summary.
func TestKBSynth_ImportExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	stories := filepath.Join(dir, "stories")

	out, errOut, code := run(t, db, "", "kb", "synth", "--stories", "20", "--facts-per-story", "5", "--seed", "3", stories)
	if code != 0 {
		t.Fatalf("synth: exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "20 synthetic story(ies), 100 fact(s)") {
		t.Errorf("synth summary = %q", out)
	}
	files, _ := filepath.Glob(filepath.Join(stories, "*.yaml"))
	if len(files) != 20 {
		t.Fatalf("synth wrote %d files, want 20", len(files))
	}

	mustRun(t, db, "", 0, "kb", "list") // created here, so that import has nothing to say on stderr
	t.Run("Import", func(t *testing.T) {
		out, errOut, code := run(t, db, "", "kb", "import", stories)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if errOut != "" {
			t.Errorf("stderr is not a terminal, yet got %q", errOut)
		}
		if !strings.Contains(out, "Imported 20 file(s) in ") || !strings.Contains(out, "20 story(ies)") || !strings.Contains(out, "100 created") {
			t.Errorf("summary = %q", out)
		}
		if strings.Count(out, "\n") != 1 {
			t.Errorf("summary is not one line: %q", out)
		}
	})
	t.Run("ImportJSON", func(t *testing.T) {
		out, errOut, code := run(t, db, "", "kb", "import", "--json", stories)
		if code != 0 || errOut != "" {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		var got struct {
			Stories int     `json:"stories"`
			Facts   int     `json:"facts"`
			Seconds float64 `json:"seconds"`
		}
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, out)
		}
		if got.Stories != 20 || got.Facts != 100 || got.Seconds <= 0 {
			t.Errorf("got %+v, want 20 stories, 100 facts and a time", got)
		}
	})
	t.Run("Export", func(t *testing.T) {
		out, errOut, code := run(t, db, "", "kb", "export", "--story", "synthetic-000004", filepath.Join(dir, "out"))
		if code != 0 || errOut != "" {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if !strings.Contains(out, "Exported 1 story(ies), 5 fact(s) to ") || !strings.Contains(out, " in ") {
			t.Errorf("summary = %q", out)
		}
	})
	t.Run("Deterministic", func(t *testing.T) {
		again := filepath.Join(dir, "again")
		if _, errOut, code := run(t, db, "", "kb", "synth", "--stories", "20", "--facts-per-story", "5", "--seed", "3", again); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		a, _ := os.ReadFile(filepath.Join(stories, "synthetic-000007.yaml"))
		b, _ := os.ReadFile(filepath.Join(again, "synthetic-000007.yaml"))
		if len(a) == 0 || string(a) != string(b) {
			t.Error("the same seed wrote different files")
		}
	})
}

func TestKBSynth_Usage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	for _, args := range [][]string{
		{"kb", "synth", t.TempDir()},
		{"kb", "synth", "--stories", "0", t.TempDir()},
		{"kb", "synth", "--stories", "5"},
		{"kb", "synth", "--stories", "5", "--facts-per-story", "-1", t.TempDir()},
	} {
		if _, errOut, code := run(t, db, "", args...); code != exitUsage || !strings.HasPrefix(errOut, "factdesk kb synth: ") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 with a one-line message", args, code, errOut)
		}
	}
	if out, _, _ := run(t, db, "", "help"); strings.Contains(out, "synth") {
		t.Error("the main help shows the hidden synth command")
	}
}

func TestProgressBar(t *testing.T) {
	got := renderBar(facts.Progress{Stage: "writing", Done: 250, Total: 1000}, 2*time.Second)
	want := "writing   [#######.......................]  250/1000  25%  2s"
	if got != want {
		t.Errorf("renderBar = %q, want %q", got, want)
	}
	if got := renderBar(facts.Progress{Stage: "reading", Done: 0, Total: 0}, 0); !strings.Contains(got, "  0%") {
		t.Errorf("an empty job renders %q", got)
	}

	var buf strings.Builder
	bar := newProgressBar(&buf)
	clock := time.Unix(0, 0)
	bar.now = func() time.Time { return clock }
	for i := range 1000 {
		bar.report(facts.Progress{Stage: "writing", Done: i, Total: 1000})
	}
	bar.report(facts.Progress{Stage: "writing", Done: 1000, Total: 1000})
	if n := strings.Count(buf.String(), "\r"); n != 2 {
		t.Errorf("drew %d times in one instant, want 2 (the first report and the finish)", n)
	}
	bar.clear()
	if !strings.HasSuffix(buf.String(), "\r\x1b[K") {
		t.Errorf("clear left the line as %q", buf.String())
	}
	if isTerminal(&buf) {
		t.Error("a buffer is taken for a terminal")
	}
}
