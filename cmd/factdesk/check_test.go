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
		"2 problems found in ",
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
	if !strings.Contains(out, "No contradictions: ") || !strings.Contains(out, "agree with the knowledge base.") {
		t.Errorf("output = %q", out)
	}
	out, _, code = run(t, db, clean, "check", "--json", "--story", "un-xinjiang-2021")
	if code != exitOK || !strings.Contains(out, `"findings": []`) {
		t.Errorf("exit %d, JSON %s", code, out)
	}
}

// A quotation credited to a known speaker that no recorded quotation backs, in
// a passage with a contradiction and a figure a fact backs.
const draftMixed = "A coalition of 45 countries denounced China's human rights record at the United Nations on Thursday.\n" +
	"Zhang Jun said: \"The criticism is a pack of lies.\"\n" +
	"A Cuban envoy delivered a statement on behalf of 62 countries.\n"

func TestCheck_Verdicts(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	draft := filepath.Join(t.TempDir(), "draft.txt")
	if err := os.WriteFile(draft, []byte(draftMixed), 0o644); err != nil {
		t.Fatal(err)
	}

	t.Run("Text", func(t *testing.T) {
		out, errOut, code := run(t, db, "", "check", draft)
		if code != exitFindings {
			t.Fatalf("exit %d, want %d: %s", code, exitFindings, errOut)
		}
		// In this order: the contradiction, the claim no fact backs, the summary.
		order := []string{
			draft + ":1:16: number: \"45 countries\"",
			"Not backed by any fact",
			draft + ":2:18: quote: \"The criticism is a pack of lies\"",
			"No recorded quotation of Zhang Jun says",
			"1 problem found in ",
			"; 1 agrees with the knowledge base; 1 not backed by any fact.",
		}
		at := 0
		for _, want := range order {
			i := strings.Index(out[at:], want)
			if i < 0 {
				t.Fatalf("output lacks %q after offset %d:\n%s", want, at, out)
			}
			at += i + len(want)
		}
		if _, soft, _ := strings.Cut(out, "Not backed by any fact"); strings.Contains(soft, "expected:") || strings.Contains(soft, "^") {
			t.Errorf("the claim no fact backs is shown as a contradiction:\n%s", soft)
		}
	})

	t.Run("JSON", func(t *testing.T) {
		out, errOut, code := run(t, db, "", "check", "--json", draft)
		if code != exitFindings {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		var res facts.CheckResult
		if err := json.Unmarshal([]byte(out), &res); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, out)
		}
		for list, fs := range map[string][]facts.Finding{facts.Contradicted: res.Findings, facts.Unsupported: res.Unsupported, facts.Supported: res.Supported} {
			if len(fs) != 1 {
				t.Errorf("%d %s claims, want 1: %+v", len(fs), list, fs)
			}
			for _, f := range fs {
				if f.Verdict != list {
					t.Errorf("claim %q in the %s list has verdict %q", f.Text, list, f.Verdict)
				}
			}
		}
		if len(res.Supported) == 1 && (res.Supported[0].Text != "62 countries" || res.Supported[0].FactID == "" || res.Supported[0].Source == nil) {
			t.Errorf("supported = %+v, want 62 countries citing its fact and source", res.Supported[0])
		}
		for _, key := range []string{`"findings": [`, `"unsupported": [`, `"supported": [`, `"verdict": "contradicted"`, `"verdict": "unsupported"`, `"verdict": "supported"`, `"checked": `} {
			if !strings.Contains(out, key) {
				t.Errorf("JSON lacks %s:\n%s", key, out)
			}
		}
	})

	unbacked := `Zhang Jun said: "The criticism is a pack of lies."`
	for _, tt := range []struct {
		name  string
		args  []string
		input string
		code  int
		want  string
	}{
		{"UnbackedExitsZero", []string{"check"}, unbacked, exitOK, "Not backed by any fact"},
		{"UnbackedStrict", []string{"check", "--strict"}, unbacked, exitFindings, "Not backed by any fact"},
		{"UnbackedStrictJSON", []string{"check", "--json", "--strict", "-"}, unbacked, exitFindings, `"verdict": "unsupported"`},
		{"ContradictedWithoutStrict", []string{"check"}, draftWithErrors, exitFindings, "2 problems found"},
		{"AgreesStrict", []string{"check", "--strict"}, "A Cuban envoy delivered a statement on behalf of 62 countries.", exitOK, "No contradictions: 1 claim agrees"},
		{"NothingCheckable", []string{"check", "--strict"}, "The sky is blue.", exitOK, "Nothing in this passage could be checked against the knowledge base.\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := run(t, db, tt.input, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d: %s%s", code, tt.code, out, errOut)
			}
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks %q:\n%s", tt.want, out)
			}
			if strings.Contains(out, "No problems found") {
				t.Errorf("an all-clear:\n%s", out)
			}
		})
	}
}

func TestCheck_Help(t *testing.T) {
	out, _, code := run(t, filepath.Join(t.TempDir(), "kb.db"), "", "check", "--help")
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"[--strict]", "--strict", "not backed", "contradicted, supported"} {
		if !strings.Contains(out, want) {
			t.Errorf("help on stdout lacks %q:\n%s", want, out)
		}
	}
}

func TestCheck_BadInput(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	mustRun(t, db, "", 0, "kb", "list") // an existing knowledge base: nothing else to say on stderr
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
