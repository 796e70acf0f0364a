package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEval: a curator's eval file passes (exit 0), a failing question exits 1
// saying what failed and why, and a malformed file exits 2 naming it.
func TestEval(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	good := filepath.Join(dir, "good.yaml")
	os.WriteFile(good, []byte("questions:\n  - q: Who signed the statement?\n    expect: [[\"43\"]]\n  - q: What did Germany say?\n    found: false\n"), 0o644)
	out, errOut, code := run(t, db, "", "eval", good)
	if code != exitOK || !strings.Contains(out, "2/2 passed") {
		t.Errorf("good file: exit %d\n%s%s", code, out, errOut)
	}
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("questions:\n  - q: How many countries backed China?\n    expect: [[\"99\"]]\n"), 0o644)
	out, _, code = run(t, db, "", "eval", good, bad)
	if code != exitFindings || !strings.Contains(out, "How many countries backed China?") || !strings.Contains(out, "99") || !strings.Contains(out, "read: question read as type how many") {
		t.Errorf("failing question: exit %d\n%s", code, out)
	}
	broken := filepath.Join(dir, "broken.yaml")
	os.WriteFile(broken, []byte("questions:\n  - q: Who?\n"), 0o644)
	if _, errOut, code := run(t, db, "", "eval", broken); code != exitUsage || !strings.Contains(errOut, broken) {
		t.Errorf("malformed file: exit %d %q", code, errOut)
	}
}

// TestEval_Example: the example file the README shows passes on a new
// knowledge base, as the README says it does.
func TestEval_Example(t *testing.T) {
	out, errOut, code := run(t, filepath.Join(t.TempDir(), "kb.db"), "", "eval", filepath.Join("..", "..", "examples", "xinjiang-eval.yaml"))
	if code != exitOK || !strings.Contains(out, "4/4 passed") || !strings.Contains(out, "recall 1.00, precision 1.00") {
		t.Errorf("example: exit %d\n%s%s", code, out, errOut)
	}
}
