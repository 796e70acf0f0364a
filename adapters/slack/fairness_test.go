package slack_test

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	slackadapter "github.com/factdesk/factdesk/adapters/slack"
	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

// TestCommands_QuestionNotBehindChecks: one person's checks, sent as signed
// slash commands, fill the engine's place for checks and its queue; another
// person's question meanwhile is answered in its acknowledgement, never
// waiting behind them (issue 16: one engine slot for all held questions back
// a minute), and a third check gets a clear "busy".
func TestCommands_QuestionNotBehindChecks(t *testing.T) {
	f := newFixture(t, slackadapter.Config{InlineBudget: 5 * time.Second}, func(b *bot.Bot) {
		b.Schedule(bot.NewScheduler(bot.SchedulerOptions{CheapSlots: 2, CostlySlots: 1, CheapQueue: 8, CostlyQueue: 1, PerPerson: 3}))
	})
	reached, gate := make(chan struct{}, 4), make(chan struct{})
	var once sync.Once
	open := func() { once.Do(func() { close(gate) }) }
	t.Cleanup(open)
	f.engine.CheckFn = func(ctx context.Context, text string, opt facts.CheckOptions) (facts.CheckResult, error) {
		reached <- struct{}{}
		<-gate
		return f.engine.kb.Check(ctx, text, opt)
	}
	rec := newRecorder(t)
	check := "check A coalition of 45 countries denounced China's human rights record."
	acks := make(chan string, 3)
	send := func(user string) { // a signed command from a goroutine, which may not fail the test itself
		body := []byte(commandForm(user, check, rec.URL).Encode())
		req, _ := http.NewRequest(http.MethodPost, f.server.URL+"/slack/commands", strings.NewReader(string(body)))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		signedNow(body)(req)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			acks <- "error: " + err.Error()
			return
		}
		defer resp.Body.Close()
		var m slackMessage
		json.NewDecoder(resp.Body).Decode(&m)
		acks <- m.all()
	}
	go send("U0ALICE")
	<-reached // Alice's check runs
	go send("U0ALICE")
	go send("U0CAROL") // one of these two waits; the other finds the queue full
	if ack := <-acks; !strings.Contains(ack, bot.BusyText) {
		t.Errorf("a third check, with one running and one waiting: %s; want busy", ack)
	}
	m := f.command(t, "U0BOB", "How many countries signed the statement?", rec.URL)
	if !strings.Contains(m.all(), "43") {
		t.Errorf("a question while checks run and wait was not answered in its acknowledgement: %s", m.all())
	}
	open()
	for range 2 {
		if ack := <-acks; !strings.Contains(ack, "45") && !strings.Contains(ack, "Looking that up") {
			t.Errorf("a check's acknowledgement: %s", ack)
		}
	}
}
