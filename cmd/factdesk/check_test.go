package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
)

const draftWithErrors = "A coalition of 45 countries denounced China's human rights record at the United Nations on Thursday.\n" +
	"Zhang Jun, China's foreign minister, called the criticism baseless.\n"

func TestCheck_Text(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	draft := filepath.Join(t.TempDir(), "draft.txt")
	if err := os.WriteFile(draft, []byte(draftWithErrors), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, db, "", "check", draft)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d: %s", code, exitFindings, errOut)
	}
	for _, want := range []string{
		draft + ":1:16: number: \"45 countries\"",
		"               ^^^^^^^^^^^^", // under the span
		"expected: 43 countries",
		draft + ":2:12: title:",
		"expected: China's ambassador to the United Nations",
		"source: 43 countries denounce China",
		"fact: un-xinjiang-2021/",
		"2 finding(s)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestCheck_JSONFromStdin(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	out, errOut, code := run(t, db, draftWithErrors, "check", "--json", "-")
	if code != exitFindings {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var res facts.CheckResult
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(res.Findings) != 2 || res.Checked < 2 {
		t.Fatalf("got %+v", res)
	}
	f := res.Findings[0]
	if f.Kind != "number" || f.Start != 15 || f.End != 27 || f.Expected != "43 countries" || f.FactID == "" || f.Source == nil {
		t.Errorf("first finding = %+v", f)
	}
}

func TestCheck_Clean(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	clean := "A Cuban envoy delivered a statement on behalf of 62 countries. In May, Europe suspended ratification of an investment pact with China."
	out, errOut, code := run(t, db, clean, "check")
	if code != exitOK {
		t.Fatalf("exit %d: %s%s", code, out, errOut)
	}
	if !strings.Contains(out, "No problems found") {
		t.Errorf("output = %q", out)
	}
	out, _, code = run(t, db, clean, "check", "--json", "--story", "un-xinjiang-2021")
	if code != exitOK || !strings.Contains(out, `"findings": []`) {
		t.Errorf("exit %d, JSON %s", code, out)
	}
}

func TestCheck_BadInput(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  string
	}{
		{"Empty", "", []string{"check"}, "empty"},
		{"Binary", "\x00\x01\x02", []string{"check", "-"}, "binary"},
		{"TooLarge", strings.Repeat("x", facts.MaxDraftLen+1), []string{"check"}, "limit"},
		{"NoSuchFile", "", []string{"check", filepath.Join(t.TempDir(), "missing.txt")}, "no such file"},
		{"TwoFiles", "", []string{"check", "a.txt", "b.txt"}, "one file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errOut, code := run(t, db, tt.stdin, tt.args...)
			if code != exitUsage {
				t.Fatalf("exit %d, want %d: %s", code, exitUsage, errOut)
			}
			if !strings.Contains(errOut, tt.want) || strings.Count(strings.TrimSpace(errOut), "\n") > 0 && tt.name != "TwoFiles" {
				t.Errorf("stderr = %q, want one line about %q", errOut, tt.want)
			}
		})
	}
}
