package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

// run runs the command line as a user would, on a knowledge base in a temp folder.
func run(t *testing.T, db string, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{
		Config: ConfigFromEnv(func(k string) string {
			if k == "FACTDESK_DB" {
				return db
			}
			return ""
		}),
		Stdin:  strings.NewReader(stdin),
		Stdout: &out,
		Stderr: &errb,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
	code = m.Run(context.Background(), args)
	return out.String(), errb.String(), code
}

func TestAsk_FreshKnowledgeBase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "new", "factdesk.db")
	out, errOut, code := run(t, db, "", "ask", "Who signed the statement?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "43") || !strings.Contains(out, "Source:") {
		t.Errorf("output lacks the answer or its source:\n%s", out)
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("knowledge base not created: %v", err)
	}
}

func TestAsk_JSON(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	out, _, code := run(t, db, "", "ask", "How many countries backed China?", "--json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var ans facts.Answer
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "62") || len(ans.Facts) == 0 || ans.Facts[0].Source.Title == "" {
		t.Errorf("answer = %+v", ans)
	}

	out, _, code = run(t, db, "", "ask", "--json", "What is the capital of Australia?")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	ans = facts.Answer{}
	json.Unmarshal([]byte(out), &ans)
	if ans.Found || ans.Facts == nil || ans.Suggestions == nil {
		t.Errorf("not-found answer = %s", out)
	}
}

func TestUsageErrors(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	for _, args := range [][]string{{}, {"frobnicate"}, {"ask"}, {"ask", "--nope", "x"}, {"kb"}, {"kb", "import"}, {"kb", "export"}, {"kb", "zap"}} {
		_, errOut, code := run(t, db, "", args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
		if errOut == "" {
			t.Errorf("%v: no message on stderr", args)
		}
	}
	if _, _, code := run(t, db, "", "ask", "--help"); code != 0 {
		t.Errorf("ask --help: exit %d, want 0", code)
	}
}

func TestKB_ImportBadFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("story:\n  id: x\n  title: X\n  date: 2024-01-01\nsources:\n  - id: s\n    title: S\nfacts:\n  - id: f\n    statment: typo\n    source: s\n"), 0o644)
	_, errOut, code := run(t, db, "", "kb", "import", bad)
	if code != 2 {
		t.Fatalf("exit %d, want 2", code)
	}
	if !strings.Contains(errOut, bad+":10: facts[].statment: unknown key") {
		t.Errorf("stderr = %q, want file:line: field: what", errOut)
	}
}

func TestKB_ImportListShowExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	out, errOut, code := run(t, db, "", "kb", "import", "../../facts/testdata/riverton-transit.yaml")
	if code != 0 || !strings.Contains(out, "12 created") {
		t.Fatalf("import: exit %d %s %s", code, out, errOut)
	}
	out, _, _ = run(t, db, "", "kb", "list")
	if !strings.Contains(out, "riverton-transit-2024") || !strings.Contains(out, "un-xinjiang-2021") {
		t.Errorf("list:\n%s", out)
	}
	out, _, code = run(t, db, "", "kb", "show", "riverton-transit-2024/ortiz-quote")
	if code != 0 || !strings.Contains(out, "This budget puts buses where people live and work.") || !strings.Contains(out, "Riverton Gazette") {
		t.Errorf("show fact:\n%s", out)
	}
	out, _, code = run(t, db, "", "kb", "show", "riverton-transit-2024")
	if code != 0 || !strings.Contains(out, "[retracted]") {
		t.Errorf("show story:\n%s", out)
	}
	if _, errOut, code := run(t, db, "", "kb", "show", "nope/nothing"); code != 2 || !strings.Contains(errOut, "No fact") {
		t.Errorf("show missing: exit %d %s", code, errOut)
	}
	exp := filepath.Join(dir, "export")
	if _, errOut, code := run(t, db, "", "kb", "export", "--story", "riverton-transit-2024", exp); code != 0 {
		t.Fatalf("export: %s", errOut)
	}
	if _, err := os.Stat(filepath.Join(exp, "riverton-transit-2024.yaml")); err != nil {
		t.Error(err)
	}
}

// TestCommands_Help: every command in the dispatch table answers --help with its
// own usage, and help lists every command that is not hidden.
func TestCommands_Help(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	top, _, _ := run(t, db, "", "help")
	kb, _, code := run(t, db, "", "kb", "--help")
	if code != exitOK {
		t.Errorf("kb --help: exit %d", code)
	}
	for _, c := range commands {
		u := c.usage()
		_, errOut, code := run(t, db, "", append(strings.Fields(u.name), "--help")...)
		if code != exitOK || !strings.HasPrefix(errOut, "Usage: factdesk "+u.name+" "+u.args) {
			t.Errorf("%s --help: exit %d, %q", u.name, code, errOut)
		}
		first, rest, grouped := strings.Cut(u.name, " ")
		listed := strings.Contains(top, "factdesk "+u.name)
		if grouped {
			listed = strings.Contains(top, "factdesk "+first) && strings.Contains(kb, "  "+rest+" ")
		}
		if listed == u.hidden {
			t.Errorf("%s: listed in help %v, hidden %v", u.name, listed, u.hidden)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("asking for help created a knowledge base")
	}
}
