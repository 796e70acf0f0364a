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

// TestAsk_FreshKnowledgeBase: a knowledge base that does not exist yet is
// created with the bundled story, saying so on stderr with its absolute path,
// and answers at once; one in a folder that does not exist is an error that
// creates nothing.
func TestAsk_FreshKnowledgeBase(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	out, errOut, code := run(t, "kb.db", "", "ask", "Who signed the statement?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "43") || !strings.Contains(out, "Source:") {
		t.Errorf("output lacks the answer or its source:\n%s", out)
	}
	abs := filepath.Join(dir, "kb.db")
	if want := "factdesk: created a new knowledge base at " + abs + ", with the bundled story\n"; errOut != want {
		t.Errorf("stderr = %q, want %q", errOut, want)
	}
	if _, err := os.Stat(abs); err != nil {
		t.Errorf("knowledge base not created: %v", err)
	}
	if _, errOut, _ := run(t, "kb.db", "", "ask", "Who signed the statement?"); errOut != "" {
		t.Errorf("the second time, stderr = %q, want nothing", errOut)
	}

	backup := filepath.Join(dir, "backup.db")
	mustRun(t, "kb.db", "", 0, "kb", "backup", backup)
	missing := filepath.Join(dir, "no-such-folder", "kb.db")
	for _, args := range [][]string{
		{"ask", "Who signed the statement?"},
		{"kb", "import", rivertonFile},
		{"kb", "list"},
		{"kb", "restore", backup},
		{"serve", "--addr", "127.0.0.1:0"},
	} {
		// From FACTDESK_DB, and from --db.
		_, errOut, code := run(t, missing, "", args...)
		oneLine(t, strings.Join(args, " "), errOut, code, "folder "+filepath.Dir(missing)+" does not exist")
		_, errOut, code = run(t, "kb.db", "", append(args, "--db", missing)...)
		oneLine(t, strings.Join(args, " ")+" --db", errOut, code, "folder "+filepath.Dir(missing)+" does not exist")
	}
	if _, err := os.Stat(filepath.Dir(missing)); !os.IsNotExist(err) {
		t.Errorf("the missing folder was created (%v)", err)
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

// TestCommands_Help: every command in the dispatch table answers --help and -h
// with its own usage on stdout, and help lists every command that is not hidden.
func TestCommands_Help(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	top, _, _ := run(t, db, "", "help")
	_, _, code := run(t, db, "", "kb", "--help")
	if code != exitOK {
		t.Errorf("kb --help: exit %d", code)
	}
	for _, c := range commands {
		u := c.usage()
		for _, h := range []string{"--help", "-h"} {
			out, errOut, code := run(t, db, "", append(strings.Fields(u.name), h)...)
			if code != exitOK || !strings.HasPrefix(out, "Usage: factdesk "+u.name+" "+u.args) || !strings.Contains(out, "--help") || errOut != "" {
				t.Errorf("%s %s: exit %d, stdout %q, stderr %q", u.name, h, code, out, errOut)
			}
		}
		first, rest, grouped := strings.Cut(u.name, " ")
		listed := strings.Contains(top, "factdesk "+u.name)
		if grouped {
			groupHelp, _, _ := run(t, db, "", first, "--help") // kb, editor
			listed = strings.Contains(top, "factdesk "+first) && strings.Contains(groupHelp, "  "+rest+" ")
		}
		if listed == u.hidden {
			t.Errorf("%s: listed in help %v, hidden %v", u.name, listed, u.hidden)
		}
	}
	if _, err := os.Stat(db); err == nil {
		t.Error("asking for help created a knowledge base")
	}
	out, _, _ := run(t, db, "", "ask", "--help")
	if !strings.Contains(top, "[--explain]") || !strings.Contains(out, "--explain") {
		t.Errorf("--explain is not in ask's usage:\n%s\n%s", top, out)
	}
}

// TestUsageErrors_OneLine: each mistake in a command line is one line on
// stderr saying what is wrong and where the command's help is, exit 2, and
// nothing on stdout.
func TestUsageErrors_OneLine(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"ask", "--foo", "x"}, "factdesk ask: unknown flag --foo (see factdesk ask --help)"},
		{[]string{"ask", "-x", "who?"}, "factdesk ask: unknown flag -x (see factdesk ask --help)"},
		{[]string{"ask", "-json", "who?"}, "factdesk ask: -json: long flags take two dashes: --json (see factdesk ask --help)"},
		{[]string{"ask", "who?", "--db"}, "factdesk ask: --db needs a value (see factdesk ask --help)"},
		{[]string{"ask"}, "factdesk ask: needs a question"},
		{[]string{"kb", "synth", "--stories", "many", "dir"}, `factdesk kb synth: --stories: "many" is not a valid whole number (see factdesk kb synth --help)`},
		{[]string{"kb", "list", "extra"}, "factdesk kb list: takes no arguments (see factdesk kb list --help)"},
		{[]string{"kb", "show"}, "factdesk kb show: needs one story id, fact id or entity id (see factdesk kb show --help)"},
		{[]string{"kb", "export", "a", "b"}, "factdesk kb export: needs one folder to write to (see factdesk kb export --help)"},
		{[]string{"kb"}, "factdesk kb: needs a command: import, export, list"},
		{[]string{"kb", "zap"}, `factdesk kb: unknown command "zap"`},
		{[]string{"frobnicate"}, `factdesk: unknown command "frobnicate" (see factdesk --help)`},
	} {
		out, errOut, code := run(t, db, "", tt.args...)
		if code != exitUsage || out != "" || !strings.HasPrefix(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and the one line %q", tt.args, code, out, errOut, tt.want)
		}
	}
	// Flags go anywhere among the arguments, and "--" ends them.
	if out, errOut, code := run(t, db, "", "ask", "How many countries backed China?", "--json"); code != 0 || !strings.HasPrefix(out, "{") {
		t.Errorf("a flag after the question: exit %d, %q %q", code, out, errOut)
	}
	if out, _, code := run(t, db, "", "ask", "--", "--json"); code != 0 || strings.HasPrefix(out, "{") {
		t.Errorf("after --, --json is the question: exit %d, %q", code, out)
	}
}
