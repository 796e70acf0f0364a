package main

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/factdesk/factdesk/facts/sqlite"
)

// olderStory is a story dated between the bundled one (2021) and Riverton
// (2024) whose id sorts first, so neither import order nor ids give the order
// kb list must give.
const olderStory = `story:
  id: aaa-harbor-2022
  title: Harbor dredging approved
  date: 2022-05-01
sources:
  - id: gazette
    title: Dredging approved
facts:
  - id: cost
    statement: The dredging will cost $4 million.
    source: gazette
  - id: start
    statement: Work starts in June.
    source: gazette
    status: pending
`

// TestKB_ListShow: kb list is sorted newest first and counts each story's facts
// by status, with a total; kb show gives every fact's status.
func TestKB_ListShow(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "kb.db")
	older := filepath.Join(dir, "older.yaml")
	os.WriteFile(older, []byte(olderStory), 0o644)
	mustRun(t, db, "", 0, "kb", "import", rivertonFile)
	mustRun(t, db, "", 0, "kb", "import", older)

	out := mustRun(t, db, "", 0, "kb", "list")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("kb list:\n%s", out)
	}
	row := regexp.MustCompile(`\s+`)
	if got := row.ReplaceAllString(lines[0], " "); got != "STORY DATE APPROVED PENDING RETRACTED TITLE" {
		t.Errorf("header = %q", got)
	}
	for i, want := range []string{
		"riverton-transit-2024 2024-03-12 10 1 1 ",
		"aaa-harbor-2022 2022-05-01 1 1 0 Harbor dredging approved",
		"un-xinjiang-2021 2021-10-21 ",
	} {
		if got := row.ReplaceAllString(lines[i+1], " "); !strings.HasPrefix(got, want) {
			t.Errorf("row %d = %q, want it to start %q", i+1, got, want)
		}
	}
	if !regexp.MustCompile(`^3 story\(ies\), \d+ fact\(s\): \d+ approved, 2 pending, 1 retracted\.$`).MatchString(lines[4]) {
		t.Errorf("summary = %q", lines[4])
	}
	var listed []struct {
		ID                                  string
		Facts, Approved, Pending, Retracted int
	}
	if err := json.Unmarshal([]byte(mustRun(t, db, "", 0, "kb", "list", "--json")), &listed); err != nil || len(listed) != 3 ||
		listed[0].ID != "riverton-transit-2024" || listed[0].Facts != 12 || listed[0].Retracted != 1 || listed[1].ID != "aaa-harbor-2022" {
		t.Errorf("kb list --json = %+v, %v", listed, err)
	}

	out = mustRun(t, db, "", 0, "kb", "show", "riverton-transit-2024")
	for _, want := range []string{
		"12 facts (10 approved, 1 pending, 1 retracted):",
		"riverton-transit-2024/ortiz-quote [approved]: ",
		"riverton-transit-2024/old-ridership [retracted]: ",
		"riverton-transit-2024/pending-grant [pending]: ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("kb show lacks %q:\n%s", want, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, "  riverton-transit-2024/") && !regexp.MustCompile(`^  \S+ \[(approved|pending|retracted)[^\]]*\]: `).MatchString(line) {
			t.Errorf("a fact without its status: %q", line)
		}
	}
}

// TestKB_ShowCorrected: a fact an approved correction supersedes says so in kb show.
func TestKB_ShowCorrected(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	mustRun(t, db, "", 0, "kb", "import", rivertonFile)
	fix := "id: drivers-corrected\nstatement: The Riverton Transit Authority will hire 58 new bus drivers.\nvalue: 58\nunit: drivers\nsource: gazette\nsupersedes: drivers-hired\n"
	mustRun(t, db, fix, 0, "kb", "add", "--approve", "--story", "riverton-transit-2024", "-")
	out := mustRun(t, db, "", 0, "kb", "show", "riverton-transit-2024")
	if !strings.Contains(out, "riverton-transit-2024/drivers-hired [approved, corrected by riverton-transit-2024/drivers-corrected]: ") {
		t.Errorf("kb show does not say the fact is corrected:\n%s", out)
	}
}

// TestKB_HistoryFilters: kb history takes --since (a duration or a date),
// --story and --limit, alone or with a target, and ends with a summary line.
func TestKB_HistoryFilters(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "kb.db")
	// The bundled story, imported a month ago.
	kb, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	monthAgo := time.Now().AddDate(0, -1, 0)
	kb.Now = func() time.Time { return monthAgo }
	if err := kb.Seed(ctx); err != nil {
		t.Fatal(err)
	}
	kb.Close()
	mustRun(t, db, "", 0, "kb", "import", rivertonFile) // now
	mustRun(t, db, "", 0, "kb", "retract", drivers, "--reason", "The gazette corrected it.")

	summary := func(out string) string {
		lines := strings.Split(strings.TrimSpace(out), "\n")
		return lines[len(lines)-1]
	}
	targets := func(out string) map[string]int {
		n := map[string]int{}
		for _, m := range regexp.MustCompile(`(?m)^\S+  \S+ (\S+)  by `).FindAllStringSubmatch(out, -1) {
			story, _, _ := strings.Cut(strings.TrimPrefix(m[1], "story:"), "/")
			n[story]++
		}
		return n
	}

	week := mustRun(t, db, "", 0, "kb", "history", "--since", "7d")
	if got := targets(week); got["riverton-transit-2024"] == 0 || got["un-xinjiang-2021"] != 0 {
		t.Errorf("--since 7d: changes by story %v; want Riverton's only\n%s", got, week)
	}
	all := mustRun(t, db, "", 0, "kb", "history", "--since", monthAgo.AddDate(0, 0, -1).Format("2006-01-02"))
	if got := targets(all); got["riverton-transit-2024"] == 0 || got["un-xinjiang-2021"] == 0 {
		t.Errorf("--since a date before the bundled import: changes by story %v; want both\n%s", got, all)
	}
	n := 0
	for _, c := range targets(week) {
		n += c
	}
	if want := regexp.MustCompile(`^(\d+) change\(s\) since \S+, from \S+ to \S+, by 1 person\(s\)\.$`); !want.MatchString(summary(week)) || want.FindStringSubmatch(summary(week))[1] != strconv.Itoa(n) {
		t.Errorf("summary = %q, want %d changes", summary(week), n)
	}

	story := mustRun(t, db, "", 0, "kb", "history", "--story", "un-xinjiang-2021", "--limit", "3")
	if got := targets(story); got["un-xinjiang-2021"] != 3 || len(got) != 1 {
		t.Errorf("--story un-xinjiang-2021 --limit 3: changes by story %v\n%s", got, story)
	}
	if !regexp.MustCompile(`^\d+ change\(s\) to story un-xinjiang-2021; showing the last 3 \(--limit\), from `).MatchString(summary(story)) {
		t.Errorf("summary = %q", summary(story))
	}

	fact := mustRun(t, db, "", 0, "kb", "history", drivers, "--limit", "1")
	if !strings.Contains(fact, "retract") || strings.Contains(fact, "  create") || !strings.Contains(summary(fact), "2 change(s); showing the last 1") {
		t.Errorf("a fact's history, last change only:\n%s", fact)
	}
	none := mustRun(t, db, "", 0, "kb", "history", "--since", "2999-01-01")
	if summary(none) != "No changes since 2999-01-01T00:00:00Z." {
		t.Errorf("nothing since: %q", summary(none))
	}

	var js struct {
		Total   int `json:"total"`
		Changes []struct {
			Target string `json:"target"`
		} `json:"changes"`
	}
	if err := json.Unmarshal([]byte(mustRun(t, db, "", 0, "kb", "history", "--json", "--since", "7d", "--limit", "2")), &js); err != nil || js.Total != n || len(js.Changes) != 2 {
		t.Errorf("--json: %+v, %v; want total %d and 2 changes", js, err, n)
	}

	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"kb", "history"}, "needs a fact id, story id or entity:ID, or --since or --story"},
		{[]string{"kb", "history", "--since", "last week"}, `--since: "last week" is neither a duration`},
		{[]string{"kb", "history", "--story", "x", "--limit", "-1"}, "--limit must be 0 (all) or more"},
	} {
		_, errOut, code := run(t, db, "", tt.args...)
		oneLine(t, strings.Join(tt.args, " "), errOut, code, tt.want)
	}
}
