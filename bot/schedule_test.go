package bot_test

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/bot/bottest"
	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

// gatedChecks is a real knowledge base whose checks wait at a gate until the
// test opens it, saying when each has reached it.
func gatedChecks(t *testing.T) (engine *bottest.Engine, reached chan struct{}, open func()) {
	kb := sqlitetest.Open(t)
	reached, gate := make(chan struct{}, 16), make(chan struct{})
	var once sync.Once
	open = func() { once.Do(func() { close(gate) }) }
	t.Cleanup(open)
	engine = bottest.Before(kb, func() {})
	engine.CheckFn = func(ctx context.Context, text string, opt facts.CheckOptions) (facts.CheckResult, error) {
		reached <- struct{}{}
		<-gate
		return kb.Check(ctx, text, opt)
	}
	return engine, reached, open
}

// TestScheduler_Sharing: with one check running and the one place in the
// checks' queue taken, a third check is refused at once as busy; a question
// is answered meanwhile, never waiting behind the checks; a person with two
// requests in hand gets a clear refusal for a third; and once the gate opens,
// the queued check runs.
func TestScheduler_Sharing(t *testing.T) {
	engine, reached, open := gatedChecks(t)
	b := bot.New(engine, nil, slog.New(slog.NewTextHandler(io.Discard, nil)))
	b.Schedule(bot.NewScheduler(bot.SchedulerOptions{CheapSlots: 1, CostlySlots: 1, CheapQueue: 4, CostlyQueue: 1, PerPerson: 2}))
	ctx := context.Background()
	req := func(user, text string) bot.Request {
		return bot.Request{Platform: "slack", UserID: user, Text: text}
	}
	check := "check A coalition of 45 countries denounced China's human rights record."

	replies := make(chan bot.Reply, 4)
	go func() { replies <- b.Handle(ctx, req("UALICE", check)) }()
	<-reached // Alice's check holds the one slot
	go func() { replies <- b.Handle(ctx, req("UBOB", check)) }()
	// Carol's check, given up before it is sent, never waits and never runs:
	// it is refused as busy once Bob's check fills the queue.
	gone, cancel := context.WithCancel(ctx)
	cancel()
	waitFor(t, "Bob's check to queue", func() bool {
		rep := b.Handle(gone, req("UCAROL", check))
		return rep.Kind == bot.KindRefusal && rep.Text == bot.BusyText
	})

	if rep := b.Handle(ctx, req("UDAN", "How many countries signed the statement?")); rep.Kind != bot.KindAnswer || !strings.Contains(rep.Text, "43") {
		t.Errorf("a question while checks run and wait: %s %q, want the answer", rep.Kind, rep.Text)
	}

	go func() { replies <- b.Handle(ctx, req("UALICE", check)) }() // Alice's second: queue full, busy
	if rep := <-replies; rep.Kind != bot.KindRefusal || rep.Text != bot.BusyText {
		t.Errorf("Alice's second check with the queue full: %s %q, want busy", rep.Kind, rep.Text)
	}

	open()
	for range 2 {
		if rep := <-replies; rep.Kind != bot.KindFindings {
			t.Errorf("a check let through: %s %q, want findings", rep.Kind, rep.Text)
		}
	}
}

// TestScheduler_PerPerson: a person may have two requests in hand; a third
// is refused saying why, while someone else is served.
func TestScheduler_PerPerson(t *testing.T) {
	engine, reached, open := gatedChecks(t)
	b := bot.New(engine, nil, slog.New(slog.NewTextHandler(io.Discard, nil)))
	b.Schedule(bot.NewScheduler(bot.SchedulerOptions{CostlySlots: 2, CostlyQueue: 8, PerPerson: 2}))
	ctx := context.Background()
	check := bot.Request{Platform: "discord", UserID: "42", Text: "check 45 countries signed."}
	done := make(chan bot.Reply, 2)
	for range 2 {
		go func() { done <- b.Handle(ctx, check) }()
		<-reached
	}
	rep := b.Handle(ctx, bot.Request{Platform: "discord", UserID: "42", Text: "who signed the statement?"})
	if rep.Kind != bot.KindRefusal || !strings.Contains(rep.Text, "2 requests in progress") {
		t.Errorf("a third request from the same person: %s %q, want a refusal naming the limit", rep.Kind, rep.Text)
	}
	if rep := b.Handle(ctx, bot.Request{Platform: "discord", UserID: "43", Text: "who signed the statement?"}); rep.Kind != bot.KindAnswer {
		t.Errorf("someone else meanwhile: %s %q, want an answer", rep.Kind, rep.Text)
	}
	open()
	for range 2 {
		<-done
	}
	if rep := b.Handle(ctx, bot.Request{Platform: "discord", UserID: "42", Text: "who signed the statement?"}); rep.Kind != bot.KindAnswer {
		t.Errorf("the same person once their requests are done: %s %q, want an answer", rep.Kind, rep.Text)
	}
}

// TestScheduler_Deadline: a request whose deadline passes while it waits for a
// slot is given up, saying so, and starts nothing.
func TestScheduler_Deadline(t *testing.T) {
	engine, reached, _ := gatedChecks(t)
	b := bot.New(engine, nil, slog.New(slog.NewTextHandler(io.Discard, nil)))
	b.Schedule(bot.NewScheduler(bot.SchedulerOptions{CostlySlots: 1, CostlyQueue: 4}))
	go b.Handle(context.Background(), bot.Request{Platform: "slack", UserID: "U1", Text: "check 45 countries signed."})
	<-reached
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	rep := b.Handle(ctx, bot.Request{Platform: "slack", UserID: "U2", Text: "check 45 countries signed."})
	if rep.Kind != bot.KindError || !strings.Contains(rep.Text, "in time") {
		t.Errorf("a check whose deadline passed in the queue: %s %q", rep.Kind, rep.Text)
	}
	select {
	case <-reached:
		t.Error("the check whose deadline passed reached the engine")
	default:
	}
}

// waitFor polls cond until it holds, failing the test after a long while.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if cond() {
			return
		}
	}
	t.Fatalf("timed out waiting for %s", what)
}
