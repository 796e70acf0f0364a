package sqlite_test

import (
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factdesk/factdesk/facts"
)

// testClock is a clock tests move by hand.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock(kb *sqlite.KB) *testClock {
	c := &testClock{t: time.Date(2024, 6, 3, 10, 0, 0, 0, time.UTC)}
	kb.Now = c.Now
	return c
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *testClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

var (
	slackThread = facts.Conversation{Platform: "slack", Workspace: "T1", Channel: "C1", Thread: "1717408800.000100"}
	discordChan = facts.Conversation{Platform: "discord", Workspace: "g-1", Channel: "c-1"}
)

// deliver records an answer posted in where, citing ids.
func deliver(t *testing.T, kb *sqlite.KB, where facts.Conversation, message string, ids ...string) {
	t.Helper()
	if err := kb.RecordDelivery(context.Background(), facts.Delivery{Conversation: where, Message: message, Facts: ids}); err != nil {
		t.Fatalf("record delivery: %v", err)
	}
}

// rivertonKB is a knowledge base with the Riverton story, on a clock the test moves.
func rivertonKB(t *testing.T) (*sqlite.KB, *testClock) {
	t.Helper()
	kb := sqlitetest.OpenEmpty(t)
	clock := newClock(kb)
	sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
	return kb, clock
}

func mustCorrections(t *testing.T, kb *sqlite.KB, f facts.CorrectionFilter) []facts.Correction {
	t.Helper()
	list, err := kb.Corrections(context.Background(), f)
	if err != nil {
		t.Fatalf("corrections: %v", err)
	}
	return list
}

func TestKB_RecordDelivery(t *testing.T) {
	ctx := context.Background()
	kb, _ := rivertonKB(t)
	t.Run("OK", func(t *testing.T) {
		deliver(t, kb, slackThread, "1717408801.000200", driversHired, driversHired)
		deliver(t, kb, slackThread, "1717408900.000300", driversHired)
		deliver(t, kb, discordChan, "m-1", driversHired, riverton+"/fare-unchanged")
		got, err := kb.Conversations(ctx, driversHired)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got[0] != discordChan || got[1] != slackThread {
			t.Errorf("conversations = %+v, want the Discord channel, then the Slack thread, once each", got)
		}
	})
	t.Run("NoFacts", func(t *testing.T) {
		if err := kb.RecordDelivery(ctx, facts.Delivery{Conversation: slackThread}); err != nil {
			t.Errorf("a delivery citing nothing = %v, want nil (nothing to record)", err)
		}
	})
	for name, d := range map[string]facts.Delivery{
		"ErrNoChannel": {Conversation: facts.Conversation{Platform: "slack"}, Facts: []string{driversHired}},
		"ErrBadFactID": {Conversation: slackThread, Facts: []string{"not an id"}},
	} {
		t.Run(name, func(t *testing.T) {
			if err := kb.RecordDelivery(ctx, d); facts.ErrorCode(err) != facts.EINVALID {
				t.Errorf("RecordDelivery(%+v) = %v, want invalid", d, err)
			}
		})
	}
}

func TestKB_RetractFact_QueuesCorrections(t *testing.T) {
	ctx := context.Background()
	kb, _ := rivertonKB(t)
	deliver(t, kb, slackThread, "1717408801.000200", driversHired)
	deliver(t, kb, slackThread, "1717408900.000300", driversHired) // asked twice in one thread
	deliver(t, kb, discordChan, "m-1", driversHired)
	deliver(t, kb, discordChan, "", driversHired) // an answer to /fact: no message id
	deliver(t, kb, facts.Conversation{Platform: "slack", Workspace: "T1", Channel: "C9"}, "1", riverton+"/fare-unchanged")

	res, err := kb.RetractFact(ctx, facts.Actor{Name: "ana", Surface: "cli"}, driversHired, facts.ChangeOptions{Reason: "The authority hires 58, not 85."})
	if err != nil {
		t.Fatal(err)
	}
	if res.Told != 2 || res.Fact.Status != facts.StatusRetracted {
		t.Fatalf("RetractFact = %+v, want the fact retracted and 2 conversations told", res)
	}
	list := mustCorrections(t, kb, facts.CorrectionFilter{})
	if len(list) != 2 {
		t.Fatalf("corrections = %+v, want one per conversation", list)
	}
	byPlatform := map[string]facts.Correction{}
	for _, c := range list {
		byPlatform[c.Conversation.Platform] = c
	}
	s, d := byPlatform["slack"], byPlatform["discord"]
	if s.Conversation != slackThread || s.ReplyTo != "1717408900.000300" {
		t.Errorf("slack correction goes to %+v replying to %q, want the thread, after the latest answer", s.Conversation, s.ReplyTo)
	}
	if d.Conversation != discordChan || d.ReplyTo != "m-1" {
		t.Errorf("discord correction goes to %+v replying to %q, want c-1, replying to the answer Discord identified", d.Conversation, d.ReplyTo)
	}
	want := facts.Correction{Fact: driversHired, Kind: facts.CorrectionRetracted, By: "ana", Surface: "cli", Reason: "The authority hires 58, not 85.",
		Statement: "The Riverton Transit Authority will hire 85 new bus drivers under the plan.", Status: facts.CorrectionPending}
	if s.Fact != want.Fact || s.Kind != want.Kind || s.By != want.By || s.Surface != want.Surface || s.Reason != want.Reason ||
		s.Statement != want.Statement || s.Status != want.Status || s.Attempts != 0 || s.NewFact != "" {
		t.Errorf("correction = %+v\nwant %+v", s, want)
	}
	if s.Source.Title != "Council passes $48 million transit plan" || s.Source.Publisher != "Riverton Gazette" || s.Source.URL == "" {
		t.Errorf("source = %+v, want the Gazette's, as cited", s.Source)
	}

	t.Run("OncePerConversation", func(t *testing.T) {
		if _, err := kb.Approve(ctx, editor, driversHired); err != nil {
			t.Fatal(err)
		}
		res, err := kb.RetractFact(ctx, editor, driversHired, facts.ChangeOptions{Reason: "again"})
		if err != nil {
			t.Fatal(err)
		}
		if res.Told != 0 || len(mustCorrections(t, kb, facts.CorrectionFilter{})) != 2 {
			t.Errorf("told %d; a conversation already corrected about a fact is not told twice", res.Told)
		}
	})
}

func TestKB_RetractFact_NoNotice(t *testing.T) {
	ctx := context.Background()
	kb, _ := rivertonKB(t)
	deliver(t, kb, slackThread, "1", driversHired)
	res, err := kb.RetractFact(ctx, editor, driversHired, facts.ChangeOptions{Reason: "duplicate of another fact", NoNotice: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Told != 0 {
		t.Errorf("told = %d with no notice, want 0", res.Told)
	}
	if list := mustCorrections(t, kb, facts.CorrectionFilter{}); len(list) != 0 {
		t.Errorf("corrections = %+v, want none", list)
	}
	// An answer citing it that was on its way during the retraction is not
	// corrected either: the editor decided.
	deliver(t, kb, discordChan, "m-2", driversHired)
	if list := mustCorrections(t, kb, facts.CorrectionFilter{}); len(list) != 0 {
		t.Errorf("corrections after a late delivery = %+v, want none", list)
	}
}

// TestKB_RecordDelivery_AfterRetraction: an answer computed before a retraction
// and posted after it still gets its correction.
func TestKB_RecordDelivery_AfterRetraction(t *testing.T) {
	ctx := context.Background()
	kb, _ := rivertonKB(t)
	if _, err := kb.Retract(ctx, editor, driversHired, "wrong figure"); err != nil {
		t.Fatal(err)
	}
	deliver(t, kb, slackThread, "1717408801.000200", driversHired, riverton+"/fare-unchanged")
	list := mustCorrections(t, kb, facts.CorrectionFilter{})
	if len(list) != 1 || list[0].Fact != driversHired || list[0].Conversation != slackThread || list[0].Reason != "wrong figure" {
		t.Fatalf("corrections = %+v, want one for %s in the thread", list, driversHired)
	}
	deliver(t, kb, slackThread, "1717408802.000200", driversHired)
	if n := len(mustCorrections(t, kb, facts.CorrectionFilter{})); n != 1 {
		t.Errorf("corrections = %d after a second late answer in the thread, want still 1", n)
	}
	// Approved again, it stands: a new answer citing it is no one's to correct.
	if _, err := kb.Approve(ctx, editor, driversHired); err != nil {
		t.Fatal(err)
	}
	deliver(t, kb, discordChan, "m-3", driversHired)
	if n := len(mustCorrections(t, kb, facts.CorrectionFilter{})); n != 1 {
		t.Errorf("corrections = %d after an answer citing the re-approved fact, want still 1", n)
	}
}

func TestKB_ApproveFact_Supersedes(t *testing.T) {
	ctx := context.Background()
	kb, _ := rivertonKB(t)
	deliver(t, kb, slackThread, "1", driversHired)
	deliver(t, kb, discordChan, "m-1", driversHired)
	fix := "id: drivers-58\nstatement: The Riverton Transit Authority will hire 58 new bus drivers under the plan.\nvalue: 58\nunit: drivers\nsource: gazette\n"
	if _, err := kb.AddFact(ctx, editor, facts.ImportInput{Name: "fix.yaml", Data: []byte(fix)}, sqlite.AddOptions{Story: riverton}); err != nil {
		t.Fatal(err)
	}
	if list := mustCorrections(t, kb, facts.CorrectionFilter{}); len(list) != 0 {
		t.Fatalf("a pending fact queued corrections: %+v", list)
	}

	t.Run("ErrSelf", func(t *testing.T) {
		_, err := kb.ApproveFact(ctx, editor, riverton+"/drivers-58", facts.ChangeOptions{Supersedes: "drivers-58"})
		if facts.ErrorCode(err) != facts.EINVALID {
			t.Errorf("err = %v, want invalid", err)
		}
	})
	t.Run("ErrUnknown", func(t *testing.T) {
		_, err := kb.ApproveFact(ctx, editor, riverton+"/drivers-58", facts.ChangeOptions{Supersedes: "no-such-fact"})
		if facts.ErrorCode(err) != facts.ENOTFOUND {
			t.Errorf("err = %v, want not found", err)
		}
	})
	t.Run("OK", func(t *testing.T) {
		res, err := kb.ApproveFact(ctx, facts.Actor{Name: "ana"}, riverton+"/drivers-58",
			facts.ChangeOptions{Supersedes: driversHired, Reason: "The authority's own figure is 58."})
		if err != nil {
			t.Fatal(err)
		}
		if res.Told != 2 || res.Corrects != driversHired || res.Fact.Supersedes != "drivers-hired" {
			t.Fatalf("ApproveFact = %+v, want it to correct %s (stored as in a story file) and 2 conversations told", res, driversHired)
		}
		if ans := mustAsk(t, kb, driversQ); !cites(ans, riverton+"/drivers-58") || cites(ans, driversHired) {
			t.Errorf("answer %q cites %+v, want the correction only", ans.Answer, ans.Facts)
		}
		c := mustCorrections(t, kb, facts.CorrectionFilter{Fact: driversHired})[0]
		if c.Kind != facts.CorrectionSuperseded || c.NewFact != riverton+"/drivers-58" || !strings.Contains(c.NewStatement, "58 new bus drivers") ||
			c.NewSource == nil || c.NewSource.Publisher != "Riverton Gazette" || c.Reason != "The authority's own figure is 58." || c.By != "ana" {
			t.Errorf("correction = %+v", c)
		}
		if last := lastChange(t, kb, riverton+"/drivers-58"); last.Action != "approve" {
			t.Errorf("last change = %+v, want the approval", last)
		}
	})
	t.Run("ErrAlreadyCorrected", func(t *testing.T) {
		other := "id: drivers-57\nstatement: The authority will hire 57 drivers.\nsource: gazette\n"
		if _, err := kb.AddFact(ctx, editor, facts.ImportInput{Name: "other.yaml", Data: []byte(other)}, sqlite.AddOptions{Story: riverton}); err != nil {
			t.Fatal(err)
		}
		_, err := kb.ApproveFact(ctx, editor, riverton+"/drivers-57", facts.ChangeOptions{Supersedes: driversHired})
		if facts.ErrorCode(err) != facts.EINVALID || !strings.Contains(facts.ErrorMessage(err), "drivers-58") {
			t.Errorf("err = %v, want invalid, naming the correction it has", err)
		}
	})
}

// TestKB_Supersede_OtherPaths: a correction approved at once with kb add, or
// approved by the story file, queues corrections too.
func TestKB_Supersede_OtherPaths(t *testing.T) {
	ctx := context.Background()
	t.Run("AddApproved", func(t *testing.T) {
		kb, _ := rivertonKB(t)
		deliver(t, kb, slackThread, "1", driversHired)
		fix := "id: drivers-58\nstatement: The authority will hire 58 drivers.\nsource: gazette\nsupersedes: drivers-hired\n"
		if _, err := kb.AddFact(ctx, editor, facts.ImportInput{Name: "fix.yaml", Data: []byte(fix)}, sqlite.AddOptions{Story: riverton, Approve: true}); err != nil {
			t.Fatal(err)
		}
		if list := mustCorrections(t, kb, facts.CorrectionFilter{}); len(list) != 1 || list[0].NewFact != riverton+"/drivers-58" {
			t.Errorf("corrections = %+v, want one, naming the correction", list)
		}
	})
	t.Run("Import", func(t *testing.T) {
		kb, _ := rivertonKB(t)
		deliver(t, kb, slackThread, "1", driversHired)
		deliver(t, kb, discordChan, "m-1", riverton+"/fare-unchanged")
		data, err := os.ReadFile("../testdata/riverton-transit.yaml")
		if err != nil {
			t.Fatal(err)
		}
		edited := strings.Replace(string(data), "    source: gazette\n  - id: becker-opposed",
			"    source: gazette\n    status: retracted\n  - id: becker-opposed", 1) // drivers-hired retracted
		edited = strings.Replace(edited, "  - id: pending-grant", `  - id: fare-rises
    statement: The bus fare rises to $2.75 under the budget.
    source: gazette
    supersedes: fare-unchanged
  - id: pending-grant`, 1)
		path := filepath.Join(t.TempDir(), "riverton.yaml")
		if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
		sum := sqlitetest.Import(t, kb, path)
		if sum.Corrections != 2 {
			t.Errorf("import queued %d corrections, want 2", sum.Corrections)
		}
		list := mustCorrections(t, kb, facts.CorrectionFilter{})
		kinds := map[string]string{}
		for _, c := range list {
			kinds[c.Fact] = c.Kind
		}
		if kinds[driversHired] != facts.CorrectionRetracted || kinds[riverton+"/fare-unchanged"] != facts.CorrectionSuperseded {
			t.Errorf("corrections = %+v, want drivers-hired retracted and fare-unchanged superseded", kinds)
		}
		// The same file again changes nothing, and tells no one again.
		if sum := sqlitetest.Import(t, kb, path); sum.Corrections != 0 {
			t.Errorf("re-import queued %d corrections, want 0", sum.Corrections)
		}
	})
	t.Run("ImportNoNotice", func(t *testing.T) {
		kb, _ := rivertonKB(t)
		deliver(t, kb, slackThread, "1", riverton+"/fare-unchanged")
		data, _ := os.ReadFile("../testdata/riverton-transit.yaml")
		edited := strings.Replace(string(data), "    keywords: [ticket price, cost of a ride]\n", "    keywords: [ticket price, cost of a ride]\n    status: retracted\n", 1)
		sum, err := kb.Import(ctx, editor, facts.ImportInput{Name: "r.yaml", Data: []byte(edited)})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Corrections != 1 {
			t.Fatalf("import queued %d corrections, want 1 (the test's edit must retract fare-unchanged)", sum.Corrections)
		}
		kb2, _ := rivertonKB(t)
		deliver(t, kb2, slackThread, "1", riverton+"/fare-unchanged")
		sum, err = kb2.ImportPaths(ctx, editor, []string{writeTemp(t, edited)}, sqlite.ImportOptions{NoNotice: true})
		if err != nil {
			t.Fatal(err)
		}
		if sum.Corrections != 0 || len(mustCorrections(t, kb2, facts.CorrectionFilter{})) != 0 {
			t.Errorf("an import with NoNotice queued corrections")
		}
	})
}

func writeTemp(t *testing.T, data string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "story.yaml")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestKB_KeepDeliveries: answers older than the keeping period are pruned and
// reach no correction.
func TestKB_KeepDeliveries(t *testing.T) {
	ctx := context.Background()
	kb, clock := rivertonKB(t)
	kb.KeepDeliveries = 30 * 24 * time.Hour
	deliver(t, kb, slackThread, "1", driversHired)
	clock.Advance(20 * 24 * time.Hour)
	deliver(t, kb, discordChan, "m-1", driversHired)
	clock.Advance(15 * 24 * time.Hour) // the Slack answer is 35 days old, the Discord one 15

	got, err := kb.Conversations(ctx, driversHired)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != discordChan {
		t.Errorf("conversations = %+v, want the Discord channel only", got)
	}
	n, err := kb.PruneDeliveries(ctx)
	if err != nil || n != 1 {
		t.Errorf("PruneDeliveries = %d, %v; want 1 pruned", n, err)
	}
	res, err := kb.RetractFact(ctx, editor, driversHired, facts.ChangeOptions{Reason: "wrong"})
	if err != nil {
		t.Fatal(err)
	}
	if res.Told != 1 {
		t.Errorf("told = %d, want 1: the answer within 30 days", res.Told)
	}
	if n, err := kb.PruneDeliveries(ctx); err != nil || n != 0 {
		t.Errorf("second prune = %d, %v; want nothing left to prune", n, err)
	}
	if list := mustCorrections(t, kb, facts.CorrectionFilter{}); len(list) != 1 || list[0].Status != facts.CorrectionPending {
		t.Errorf("corrections = %+v; pruning keeps queued corrections", list)
	}
}

// TestKB_Outbox: claiming, sending, failing and retrying, kept across a restart.
func TestKB_Outbox(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	kb, err := sqlite.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	clock := newClock(kb)
	sqlitetest.Import(t, kb, "../testdata/riverton-transit.yaml")
	deliver(t, kb, slackThread, "1", driversHired)
	deliver(t, kb, discordChan, "m-1", driversHired)
	if _, err := kb.Retract(ctx, editor, driversHired, "wrong"); err != nil {
		t.Fatal(err)
	}
	kb.Close()

	kb, err = sqlite.Open(ctx, path) // a restart between the retraction and the sending
	if err != nil {
		t.Fatal(err)
	}
	defer kb.Close()
	kb.Now = clock.Now
	claimed, err := kb.ClaimCorrections(ctx, "slack", 10, time.Minute)
	if err != nil || len(claimed) != 1 || claimed[0].Attempts != 1 {
		t.Fatalf("claim = %+v, %v; want the Slack correction, its first attempt", claimed, err)
	}
	if again, _ := kb.ClaimCorrections(ctx, "slack", 10, time.Minute); len(again) != 0 {
		t.Errorf("claimed again while held: %+v", again)
	}
	if err := kb.CorrectionFailed(ctx, claimed[0].ID, "slack is down", 1500*time.Millisecond, false); err != nil {
		t.Fatal(err)
	}
	c := mustCorrections(t, kb, facts.CorrectionFilter{Status: facts.CorrectionPending, Fact: driversHired})
	if len(c) != 2 || c[1].LastError != "slack is down" || c[1].NextAttempt != "2024-06-03T10:00:02Z" {
		t.Errorf("pending = %+v, want the failure kept and the next attempt 2 s on (1.5 s rounded up)", c)
	}
	clock.Advance(2 * time.Second)
	claimed, _ = kb.ClaimCorrections(ctx, "slack", 10, time.Minute)
	if len(claimed) != 1 || claimed[0].Attempts != 2 {
		t.Fatalf("claim after the wait = %+v, want the second attempt", claimed)
	}
	if err := kb.CorrectionSent(ctx, claimed[0].ID, "1717408999.000100"); err != nil {
		t.Fatal(err)
	}
	d, _ := kb.ClaimCorrections(ctx, "discord", 10, time.Minute)
	if len(d) != 1 {
		t.Fatalf("discord claim = %+v", d)
	}
	if err := kb.CorrectionFailed(ctx, d[0].ID, "403 Missing Access", 0, true); err != nil {
		t.Fatal(err)
	}
	list := mustCorrections(t, kb, facts.CorrectionFilter{})
	if len(list) != 2 || list[0].Status != facts.CorrectionFailed || list[1].Status != facts.CorrectionSent ||
		list[1].SentAs != "1717408999.000100" || list[1].LastError != "" || list[1].Attempts != 2 {
		t.Errorf("corrections = %+v, want the failed one first, then the sent one", list)
	}
	if n, err := kb.RetryCorrections(ctx); err != nil || n != 1 {
		t.Errorf("RetryCorrections = %d, %v; want 1", n, err)
	}
	if again, _ := kb.ClaimCorrections(ctx, "discord", 10, time.Minute); len(again) != 1 {
		t.Errorf("a retried correction is not due: %+v", again)
	}
	if _, err := kb.Corrections(ctx, facts.CorrectionFilter{Status: "lost"}); facts.ErrorCode(err) != facts.EINVALID {
		t.Errorf("unknown status: err = %v, want invalid", err)
	}
}
