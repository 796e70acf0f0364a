package discord

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

// TestInteractions_Scheduled: Discord's HTTP interactions go through the
// bot's scheduler like every other surface (issue 16: they had no slot at
// all, a goroutine each). With the engine's place for checks taken and its
// queue full, a signed /fact check gets a clear "busy" at once, and a
// question is answered meanwhile.
func TestInteractions_Scheduled(t *testing.T) {
	key := newSigner(t)
	kb := MustOpenKB(t)
	reached, gate := make(chan struct{}, 4), make(chan struct{})
	var once sync.Once
	open := func() { once.Do(func() { close(gate) }) }
	t.Cleanup(open)
	kb.CheckFn = func(ctx context.Context, text string, opt facts.CheckOptions) (facts.CheckResult, error) {
		reached <- struct{}{}
		<-gate
		return kb.kb.Check(ctx, text, opt)
	}
	a := MustNewAdapter(t, kb, nil, Config{PublicKey: hex.EncodeToString(key.pub)})
	a.bot.(*bot.Bot).Schedule(bot.NewScheduler(bot.SchedulerOptions{CheapSlots: 1, CostlySlots: 1, CostlyQueue: 1, PerPerson: 4}))
	shown := func(resp interactionResponse) string {
		if resp.Data == nil {
			return ""
		}
		s := resp.Data.Content
		for _, e := range resp.Data.Embeds {
			s += "\n" + e.Description
		}
		return s
	}
	interact := func(sub, option, value string) string {
		body, err := json.Marshal(commandInteraction(sub, option, value))
		if err != nil {
			return err.Error()
		}
		w := serve(a, key.request(string(body), time.Now()))
		var resp interactionResponse
		json.Unmarshal(w.Body.Bytes(), &resp)
		return shown(resp)
	}
	replies := make(chan string, 3)
	check := func() { replies <- interact("check", "passage", "A coalition of 45 countries signed the statement.") }
	go check()
	<-reached
	go check()
	go check() // one of these two waits; the other finds the queue full
	if got := <-replies; !strings.Contains(got, bot.BusyText) {
		t.Errorf("a third check with one running and one waiting: %q, want busy", got)
	}
	if got := interact("ask", "question", "How many countries signed the statement?"); !strings.Contains(got, "43") {
		t.Errorf("a question while checks run and wait: %q, want the answer", got)
	}
	open()
	for range 2 {
		if got := <-replies; !strings.Contains(got, "problem") {
			t.Errorf("a check let through: %q", got)
		}
	}
}
