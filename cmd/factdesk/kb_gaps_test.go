package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
)

// TestKB_Gaps: ask --record records what it cannot answer (plain ask does
// not: a curator testing from the terminal stays out of the list); kb gaps
// lists it grouped and counted, with the nearest facts; kb gaps dismiss hides
// a group until it is asked again.
func TestKB_Gaps(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	mustRun(t, db, "", 0, "kb", "import", rivertonFile)
	mustRun(t, db, "", 0, "ask", "What is the capital of Australia?") // not recorded
	if out := mustRun(t, db, "", 0, "kb", "gaps"); !strings.Contains(out, "No unanswered questions.") {
		t.Fatalf("plain ask recorded:\n%s", out)
	}
	mustRun(t, db, "", 0, "ask", "--record", "How many people died in the camps?")
	mustRun(t, db, "", 0, "ask", "how many people died in the camps", "--record", "--json")
	mustRun(t, db, "", 0, "ask", "--record", "What is the capital of Australia?")
	mustRun(t, db, "", 0, "ask", "--record", "Who signed the statement?") // answered: not recorded

	out := mustRun(t, db, "", 0, "kb", "gaps", "--since", "7d")
	for _, want := range []string{
		"   2  how many people died in the camps\n",
		"key camp-die-peopl, last asked ",
		", via cli\n",
		"nearest un-xinjiang-2021/un-estimate-detained: The U.N. estimates",
		"   1  What is the capital of Australia?\n",
		"2 group(s), 3 question(s) since ",
		"factdesk kb gaps dismiss KEY",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("kb gaps lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "signed") || strings.Contains(out, "asked by") {
		t.Errorf("kb gaps lists an answered question or an asker:\n%s", out)
	}

	var list facts.GapList
	if err := json.Unmarshal([]byte(mustRun(t, db, "", 0, "kb", "gaps", "--json", "--limit", "1")), &list); err != nil {
		t.Fatal(err)
	}
	if len(list.Groups) != 1 || !list.More || list.Groups[0].Key != "camp-die-peopl" || list.Groups[0].Count != 2 || len(list.Groups[0].Nearest) == 0 {
		t.Errorf("kb gaps --json --limit 1: %+v", list)
	}
	if out := mustRun(t, db, "", 0, "kb", "gaps", "--since", "2999-01-01"); !strings.Contains(out, "No unanswered questions since 2999-01-01T00:00:00Z.") {
		t.Errorf("nothing since: %s", out)
	}

	out = mustRun(t, db, "", 0, "kb", "gaps", "dismiss", "camp-die-peopl")
	if !strings.Contains(out, `Dismissed "how many people died in the camps" (2 question(s)`) {
		t.Errorf("dismiss: %s", out)
	}
	if out := mustRun(t, db, "", 0, "kb", "gaps"); strings.Contains(out, "camps") {
		t.Errorf("dismissed, still listed:\n%s", out)
	}
	if out := mustRun(t, db, "", 0, "kb", "gaps", "--all"); !strings.Contains(out, "camps") || !strings.Contains(out, "(dismissed ") {
		t.Errorf("--all lacks the dismissed group:\n%s", out)
	}
	mustRun(t, db, "", 0, "ask", "--record", "How many people died in the camps?")
	if out := mustRun(t, db, "", 0, "kb", "gaps"); !strings.Contains(out, "   1  How many people died in the camps?\n") {
		t.Errorf("asked again after dismissal, not reopened:\n%s", out)
	}

	for _, args := range [][]string{
		{"kb", "gaps", "dismiss"},
		{"kb", "gaps", "dismiss", "no-such-key"},
		{"kb", "gaps", "--since", "yesterday"},
		{"kb", "gaps", "extra"},
	} {
		if _, errOut, code := run(t, db, "", args...); code != exitUsage || strings.Count(errOut, "\n") != 1 {
			t.Errorf("factdesk %s: exit %d, stderr %q; want 2 and one line", strings.Join(args, " "), code, errOut)
		}
	}
	if out := mustRun(t, db, "", 0, "kb", "--help"); !strings.Contains(out, "gaps dismiss") {
		t.Errorf("kb --help lacks gaps dismiss:\n%s", out)
	}
}

// TestAsk_RecordAskers: with FACTDESK_LOG_ASKERS=1, ask --record keeps the
// terminal's user; without it, nobody.
func TestAsk_RecordAskers(t *testing.T) {
	t.Setenv("USER", "ana")
	for _, logAskers := range []bool{false, true} {
		db := filepath.Join(t.TempDir(), "kb.db")
		var out bytes.Buffer
		m := &Main{Config: Config{DB: db, LogAskers: logAskers}, Stdout: &out, Stderr: io.Discard, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
		if code := m.Run(context.Background(), []string{"ask", "--record", "What is the capital of Australia?"}); code != 0 {
			t.Fatalf("ask: exit %d", code)
		}
		var list facts.GapList
		if err := json.Unmarshal([]byte(mustRun(t, db, "", 0, "kb", "gaps", "--json")), &list); err != nil || len(list.Groups) != 1 {
			t.Fatalf("kb gaps --json: %v %+v", err, list)
		}
		if got, want := list.Groups[0].Askers, map[bool][]string{true: {"ana"}}[logAskers]; !slices.Equal(got, want) {
			t.Errorf("FACTDESK_LOG_ASKERS %v: askers %q, want %q", logAskers, got, want)
		}
	}
}

// TestServe_RecordsGaps: serve records what Slack and the ask API could not
// answer, in the background, every record written by the time it stops; the
// Slack user only with FACTDESK_LOG_ASKERS=1, and never the API's caller. The
// list itself is for signed-in editors only.
func TestServe_RecordsGaps(t *testing.T) {
	for _, logAskers := range []bool{false, true} {
		kb, ln := testKB(t), testListener(t)
		m := &Main{Config: Config{SlackSigningSecret: testSlackSecret, LogAskers: logAskers}, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- m.Serve(ctx, kb, ln) }()
		base := "http://" + ln.Addr().String()

		status, body, _, err := slashCommand(http.DefaultClient, base, testSlackSecret, "What is the capital of Australia?", "")
		if err != nil || status != http.StatusOK || !strings.Contains(body, "not in the knowledge base") {
			t.Fatalf("slash command: %d %v %.300s", status, err, body)
		}
		slashCommand(http.DefaultClient, base, testSlackSecret, "help", "") // its examples are not recorded
		res, err := http.Get(base + "/api/v1/ask?q=" + url.QueryEscape("How many people died in the camps?"))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		res, err = http.Get(base + "/api/v1/gaps")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusUnauthorized {
			t.Errorf("GET /api/v1/gaps without signing in: %d, want 401", res.StatusCode)
		}
		cancel()
		if err := <-done; err != nil {
			t.Fatal(err)
		}

		list, err := kb.Gaps(context.Background(), facts.GapFilter{All: true})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, g := range list.Groups {
			got = append(got, strings.Join(g.Surfaces, ",")+" "+g.Key+" "+strings.Join(g.Askers, ","))
		}
		want := []string{"slack australia-capit ", "http camp-die-peopl "}
		if logAskers {
			want[0] += "slack:U0REPORTER"
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("FACTDESK_LOG_ASKERS %v: recorded %q, want %q", logAskers, got, want)
		}
		if logAskers {
			editorReadsGaps(t, m, kb)
		}
	}
}

// editorReadsGaps serves kb again and has an editor, signed in with the token
// factdesk editor add prints, read the list and dismiss a group.
func editorReadsGaps(t *testing.T, m *Main, kb *sqlite.KB) {
	t.Helper()
	token, err := kb.AddEditor(context.Background(), facts.Actor{Name: "test", Surface: "cli"}, "ana")
	if err != nil {
		t.Fatal(err)
	}
	ln := testListener(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- m.Serve(ctx, kb, ln) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	base := "http://" + ln.Addr().String()
	call := func(method, path string) (int, string) {
		req, _ := http.NewRequest(method, base+path, nil)
		req.Header.Set("Authorization", "Bearer "+token)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(body)
	}
	if status, body := call("GET", "/api/v1/gaps?since=7d"); status != http.StatusOK || !strings.Contains(body, `"key":"australia-capit"`) || !strings.Contains(body, `"askers":["slack:U0REPORTER"]`) {
		t.Errorf("an editor's GET /api/v1/gaps: %d %s", status, body)
	}
	if status, body := call("POST", "/api/v1/gaps/australia-capit/dismiss"); status != http.StatusOK {
		t.Errorf("an editor's dismissal: %d %s", status, body)
	}
	if status, body := call("GET", "/api/v1/gaps"); status != http.StatusOK || strings.Contains(body, "australia") || !strings.Contains(body, "camp-die-peopl") {
		t.Errorf("after the dismissal: %d %s", status, body)
	}
}

func TestConfig_LogAskers(t *testing.T) {
	for v, want := range map[string]bool{"": false, "0": false, "1": true, " 1 ": true, "true": false, "yes": false} {
		c := ConfigFromEnv(func(k string) string { return map[string]string{"FACTDESK_LOG_ASKERS": v}[k] })
		warned := slices.ContainsFunc(c.Warnings, func(w string) bool { return strings.Contains(w, "FACTDESK_LOG_ASKERS") })
		if c.LogAskers != want || warned != (v == "true" || v == "yes") {
			t.Errorf("FACTDESK_LOG_ASKERS=%q: LogAskers %v, warnings %q; want %v", v, c.LogAskers, c.Warnings, want)
		}
	}
}
