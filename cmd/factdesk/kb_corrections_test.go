package main

import (
	"github.com/factdesk/factdesk/facts/sqlite"

	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factdesk/factdesk/facts"
)

// citedIn records, as serve would, answers citing fact in each conversation.
func citedIn(t *testing.T, db, fact string, where ...facts.Conversation) {
	t.Helper()
	kb, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer kb.Close()
	for i, w := range where {
		if err := kb.RecordDelivery(context.Background(), facts.Delivery{Conversation: w, Message: "m-" + string(rune('1'+i)), Facts: []string{fact}}); err != nil {
			t.Fatal(err)
		}
	}
}

var (
	thread  = facts.Conversation{Platform: "slack", Workspace: "T1", Channel: "C1", Thread: "1717408800.000100"}
	channel = facts.Conversation{Platform: "discord", Workspace: "g-1", Channel: "c-1"}
)

func TestKB_Retract_NoNotice(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	mustRun(t, db, "", 0, "kb", "import", rivertonFile)
	citedIn(t, db, drivers, thread, channel)
	out := mustRun(t, db, "", 0, "kb", "retract", drivers, "--reason", "duplicate", "--no-notice")
	if !strings.Contains(out, "No correction will be posted in chat (--no-notice).") {
		t.Errorf("kb retract --no-notice says:\n%s", out)
	}
	if out := mustRun(t, db, "", 0, "kb", "corrections"); !strings.Contains(out, "No corrections") {
		t.Errorf("kb corrections after --no-notice:\n%s", out)
	}
}

func TestKB_Corrections(t *testing.T) {
	db := filepath.Join(t.TempDir(), "kb.db")
	mustRun(t, db, "", 0, "kb", "import", rivertonFile)
	citedIn(t, db, drivers, thread, channel)
	citedIn(t, db, "riverton-transit-2024/fare-unchanged", thread)

	out := mustRun(t, db, "", 0, "kb", "retract", drivers, "--reason", "The authority hires 58.")
	if !strings.Contains(out, "A correction will be posted in each of the 2 conversations in chat that cited it. See them with factdesk kb corrections.") {
		t.Errorf("kb retract says:\n%s", out)
	}
	fix := "id: fare-rises\nstatement: The bus fare rises to $2.75 under the budget.\nsource: gazette\n"
	mustRun(t, db, fix, 0, "kb", "add", "--story", "riverton-transit-2024", "-")
	out = mustRun(t, db, "", 0, "kb", "approve", "riverton-transit-2024/fare-rises", "--supersedes", "fare-unchanged", "--reason", "The council raised it.")
	if !strings.Contains(out, "It corrects riverton-transit-2024/fare-unchanged, which no longer answers.") ||
		!strings.Contains(out, "A correction will be posted in the 1 conversation in chat that cited it.") {
		t.Errorf("kb approve --supersedes says:\n%s", out)
	}

	out = mustRun(t, db, "", 0, "kb", "corrections")
	for _, want := range []string{
		"Corrections: 3 pending, 0 failed, 0 sent.",
		"pending  slack T1/C1 thread 1717408800.000100 (cited there ",
		"pending  discord g-1/c-1 (cited there ", ", in message m-2)",
		"riverton-transit-2024/drivers-hired retracted, by ",
		": The authority hires 58.",
		"was: The Riverton Transit Authority will hire 85 new bus drivers under the plan.",
		"riverton-transit-2024/fare-unchanged superseded by riverton-transit-2024/fare-rises",
		"now: The bus fare rises to $2.75 under the budget.",
		"0 attempt(s) so far; next from ",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("kb corrections lacks %q:\n%s", want, out)
		}
	}

	// One is sent, one fails for good, as serve's sender would record them.
	kb, err := sqlite.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	sl, _ := kb.ClaimCorrections(context.Background(), "slack", 1, time.Minute)
	kb.CorrectionSent(context.Background(), sl[0].ID, "1717410000.000001")
	dc, _ := kb.ClaimCorrections(context.Background(), "discord", 1, time.Minute)
	kb.CorrectionFailed(context.Background(), dc[0].ID, "post to channel c-1: HTTP 403 Forbidden, Missing Access", 0, true)
	kb.Close()

	out = mustRun(t, db, "", 0, "kb", "corrections", "--status", "failed")
	if !strings.Contains(out, "gave up after 1 attempt(s): post to channel c-1: HTTP 403 Forbidden, Missing Access") || strings.Contains(out, "slack") {
		t.Errorf("kb corrections --status failed:\n%s", out)
	}
	out = mustRun(t, db, "", 0, "kb", "corrections", "--json")
	var listed struct {
		Corrections []facts.Correction `json:"corrections"`
		Counts      map[string]int     `json:"counts"`
	}
	if err := json.Unmarshal([]byte(out), &listed); err != nil {
		t.Fatalf("--json: %v\n%s", err, out)
	}
	if listed.Counts["pending"] != 1 || listed.Counts["failed"] != 1 || listed.Counts["sent"] != 1 || len(listed.Corrections) != 3 ||
		listed.Corrections[2].SentAs != "1717410000.000001" || listed.Corrections[1].LastError == "" {
		t.Errorf("kb corrections --json = %+v", listed)
	}
	if out := mustRun(t, db, "", 0, "kb", "corrections", "--retry"); !strings.Contains(out, "Queued 1 failed correction(s) again") {
		t.Errorf("kb corrections --retry:\n%s", out)
	}

	t.Run("Usage", func(t *testing.T) {
		for _, args := range [][]string{
			{"kb", "corrections", "--status", "lost"},
			{"kb", "corrections", "12"},
			{"kb", "corrections", "--retry", "twelve"},
		} {
			if _, errOut, code := run(t, db, "", args...); code != exitUsage || strings.Count(errOut, "\n") != 1 {
				t.Errorf("factdesk %s = %d %q, want exit 2 with one line", strings.Join(args, " "), code, errOut)
			}
		}
	})
}

func TestConfig_KeepDeliveries(t *testing.T) {
	for _, tt := range []struct {
		value string
		want  time.Duration
		warn  bool
	}{
		{"", facts.DefaultKeepDeliveries, false},
		{"30d", 30 * 24 * time.Hour, false},
		{"12w", 12 * 7 * 24 * time.Hour, false},
		{"720h", 720 * time.Hour, false},
		{"1h", facts.DefaultKeepDeliveries, true},
		{"forever", facts.DefaultKeepDeliveries, true},
	} {
		c := ConfigFromEnv(envMap{"FACTDESK_KEEP_DELIVERIES": tt.value}.get)
		warned := strings.Contains(strings.Join(c.Warnings, "\n"), "FACTDESK_KEEP_DELIVERIES")
		if c.KeepDeliveries != tt.want || warned != tt.warn {
			t.Errorf("FACTDESK_KEEP_DELIVERIES=%q: %s, warnings %q; want %s, warned %v", tt.value, c.KeepDeliveries, c.Warnings, tt.want, tt.warn)
		}
	}
}
