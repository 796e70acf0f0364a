package bot_test

import (
	"github.com/factdesk/factdesk/bot/bottest"
	"github.com/factdesk/factdesk/facts/sqlite"

	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

// clock is the time of a knowledge base and a sender, moved by hand.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

var (
	slackThread = facts.Conversation{Platform: "slack", Workspace: "T1", Channel: "C1", Thread: "1717408800.000100"}
	discordChan = facts.Conversation{Platform: "discord", Workspace: "g-1", Channel: "c-1"}
)

// retractedInChat is the Riverton story with drivers-hired cited in the
// conversations given, then retracted: a correction queued for each.
func retractedInChat(t *testing.T, where ...facts.Conversation) (*sqlite.KB, *clock) {
	t.Helper()
	_, kb := newCurationBot(t)
	c := &clock{t: time.Date(2024, 6, 3, 10, 0, 0, 0, time.UTC)}
	kb.Now = c.Now
	ctx := context.Background()
	for i, w := range where {
		if err := kb.RecordDelivery(ctx, facts.Delivery{Conversation: w, Message: "m-" + string(rune('1'+i)), Facts: []string{drivers}}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := kb.Retract(ctx, facts.Actor{Name: "ana"}, drivers, "The authority hires 58."); err != nil {
		t.Fatal(err)
	}
	return kb, c
}

// recorder is a platform that records what it is sent, failing with the
// errors in fail first, one per attempt.
type recorder struct {
	mu   sync.Mutex
	sent []facts.Correction
	fail []error
}

func (r *recorder) poster(name string) *bottest.Poster {
	return &bottest.Poster{Name: name, PostCorrectionFn: func(ctx context.Context, c facts.Correction) (string, error) {
		r.mu.Lock()
		defer r.mu.Unlock()
		if len(r.fail) > 0 {
			err := r.fail[0]
			r.fail = r.fail[1:]
			return "", err
		}
		r.sent = append(r.sent, c)
		return "posted-" + c.Conversation.Channel, nil
	}}
}

func (r *recorder) Sent() []facts.Correction {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]facts.Correction(nil), r.sent...)
}

func newSender(kb *sqlite.KB, c *clock, posters ...bot.Poster) *bot.Sender {
	s := bot.NewSender(kb, slog.New(slog.NewTextHandler(io.Discard, nil)), posters...)
	s.Now = c.Now
	return s
}

func sendDue(t *testing.T, s *bot.Sender) bot.SendResult {
	t.Helper()
	res, err := s.SendDue(context.Background())
	if err != nil {
		t.Fatalf("SendDue: %v", err)
	}
	return res
}

func statusOf(t *testing.T, kb *sqlite.KB, platform string) facts.Correction {
	t.Helper()
	list, err := kb.Corrections(context.Background(), facts.CorrectionFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range list {
		if c.Conversation.Platform == platform {
			return c
		}
	}
	t.Fatalf("no correction for %s in %+v", platform, list)
	return facts.Correction{}
}

func TestSender_SendDue(t *testing.T) {
	kb, c := retractedInChat(t, slackThread, discordChan)
	var slack, discord recorder
	s := newSender(kb, c, slack.poster("slack"), discord.poster("discord"))
	if res := sendDue(t, s); res.Sent != 2 {
		t.Fatalf("first pass = %+v, want 2 sent", res)
	}
	if got := slack.Sent(); len(got) != 1 || got[0].Conversation != slackThread || got[0].Fact != drivers {
		t.Errorf("slack got %+v, want the correction for its thread", got)
	}
	if got := discord.Sent(); len(got) != 1 || got[0].ReplyTo != "m-2" {
		t.Errorf("discord got %+v, want the correction replying to the answer", got)
	}
	if res := sendDue(t, s); res != (bot.SendResult{}) {
		t.Errorf("second pass = %+v, want nothing left", res)
	}
	if st := statusOf(t, kb, "slack"); st.Status != facts.CorrectionSent || st.SentAs != "posted-C1" || st.Attempts != 1 {
		t.Errorf("slack correction = %+v, want sent as posted-C1 at the first attempt", st)
	}
	// A new sender (a restart) finds nothing to post again.
	if res := sendDue(t, newSender(kb, c, slack.poster("slack"), discord.poster("discord"))); res.Sent != 0 || len(slack.Sent())+len(discord.Sent()) != 2 {
		t.Errorf("after a restart = %+v, want nothing posted twice", res)
	}
}

func TestSender_Backoff(t *testing.T) {
	kb, c := retractedInChat(t, slackThread)
	slack := recorder{fail: []error{errors.New("slack: 503 Service Unavailable"), errors.New("slack: 503 Service Unavailable")}}
	s := newSender(kb, c, slack.poster("slack"))

	if res := sendDue(t, s); res.Retrying != 1 {
		t.Fatalf("first pass = %+v, want a failure to retry", res)
	}
	st := statusOf(t, kb, "slack")
	if st.Status != facts.CorrectionPending || st.Attempts != 1 || st.LastError != "slack: 503 Service Unavailable" || st.NextAttempt != "2024-06-03T10:00:30Z" {
		t.Errorf("after a failure = %+v, want pending, 1 attempt, the error, next in 30 s", st)
	}
	c.Advance(29 * time.Second)
	if res := sendDue(t, s); res != (bot.SendResult{}) {
		t.Errorf("before the backoff ends = %+v, want nothing tried", res)
	}
	c.Advance(time.Second)
	sendDue(t, s)
	if st := statusOf(t, kb, "slack"); st.Attempts != 2 || st.NextAttempt != "2024-06-03T10:01:30Z" {
		t.Errorf("after a second failure = %+v, want the wait doubled to 60 s", st)
	}
	c.Advance(time.Minute)
	if res := sendDue(t, s); res.Sent != 1 {
		t.Errorf("third pass = %+v, want it sent", res)
	}
	if st := statusOf(t, kb, "slack"); st.Status != facts.CorrectionSent || st.Attempts != 3 || st.LastError != "" {
		t.Errorf("after sending = %+v", st)
	}
}

func TestSender_GivesUp(t *testing.T) {
	t.Run("Permanent", func(t *testing.T) {
		kb, c := retractedInChat(t, slackThread)
		slack := recorder{fail: []error{&bot.PermanentError{Err: errors.New("not_in_channel")}}}
		if res := sendDue(t, newSender(kb, c, slack.poster("slack"))); res.GaveUp != 1 {
			t.Errorf("pass = %+v, want given up at once", res)
		}
		if st := statusOf(t, kb, "slack"); st.Status != facts.CorrectionFailed || st.LastError != "not_in_channel" {
			t.Errorf("correction = %+v, want failed with the reason", st)
		}
	})
	t.Run("TooManyAttempts", func(t *testing.T) {
		kb, c := retractedInChat(t, slackThread)
		slack := recorder{fail: []error{errors.New("timeout"), errors.New("timeout"), errors.New("timeout")}}
		s := newSender(kb, c, slack.poster("slack"))
		s.MaxAttempts = 2
		sendDue(t, s)
		c.Advance(time.Hour)
		if res := sendDue(t, s); res.GaveUp != 1 {
			t.Errorf("second pass = %+v, want given up after 2 attempts", res)
		}
		c.Advance(time.Hour)
		if res := sendDue(t, s); res != (bot.SendResult{}) {
			t.Errorf("after giving up = %+v, want nothing tried", res)
		}
	})
}

func TestSender_RateLimited(t *testing.T) {
	other := facts.Conversation{Platform: "slack", Workspace: "T1", Channel: "C2"}
	kb, c := retractedInChat(t, slackThread, other)
	slack := recorder{fail: []error{&bot.RateLimitedError{RetryAfter: 7 * time.Second, Err: errors.New("429")}}}
	s := newSender(kb, c, slack.poster("slack"))
	if res := sendDue(t, s); res.Retrying != 1 || res.Sent != 0 {
		t.Fatalf("first pass = %+v, want one rate limited and the platform left alone", res)
	}
	list, _ := kb.Corrections(context.Background(), facts.CorrectionFilter{})
	tried := 0
	for _, l := range list {
		tried += l.Attempts
		if l.Attempts == 1 && l.NextAttempt != "2024-06-03T10:00:07Z" {
			t.Errorf("rate-limited correction = %+v, want its next attempt when Slack said: 7 s on", l)
		}
	}
	if tried != 1 {
		t.Errorf("attempts = %d, want 1: no request while Slack asks to wait", tried)
	}
	c.Advance(6 * time.Second)
	if res := sendDue(t, s); res != (bot.SendResult{}) {
		t.Errorf("within Retry-After = %+v, want nothing tried", res)
	}
	c.Advance(time.Second)
	if res := sendDue(t, s); res.Sent != 2 {
		t.Errorf("after Retry-After = %+v, want both sent", res)
	}
}

func TestSender_Interrupted(t *testing.T) {
	kb, c := retractedInChat(t, slackThread)
	ctx, cancel := context.WithCancel(context.Background())
	stop := &bottest.Poster{Name: "slack", PostCorrectionFn: func(context.Context, facts.Correction) (string, error) {
		cancel() // the server stops while Slack is being called
		return "", context.Canceled
	}}
	if _, err := newSender(kb, c, stop).SendDue(ctx); err != nil {
		t.Fatal(err)
	}
	st := statusOf(t, kb, "slack")
	if st.Status != facts.CorrectionPending || st.NextAttempt != "2024-06-03T10:00:00Z" || !strings.Contains(st.LastError, "interrupted") {
		t.Errorf("correction = %+v, want pending and due at once, at the next start", st)
	}
}

func TestCorrectionReply(t *testing.T) {
	src := facts.Source{Title: "Council passes $48 million transit plan", Publisher: "Riverton Gazette", Published: "2024-03-13"}
	base := facts.Correction{Fact: drivers, Statement: "The Riverton Transit Authority will hire 85 new bus drivers under the plan.",
		Source: src, By: "ana", Surface: "cli", CorrectedAt: "2024-06-04T09:00:00Z", AnsweredAt: "2024-06-03T10:00:00Z"}
	t.Run("Retracted", func(t *testing.T) {
		c := base
		c.Kind, c.Reason = facts.CorrectionRetracted, "The authority hires 58."
		text := bot.CorrectionReply(c).PlainText()
		for _, want := range []string{"Correction", "2024-06-03", "retracted", "85 new bus drivers", "Retracted by ana, 2024-06-04. Why: The authority hires 58.", "Riverton Gazette"} {
			if !strings.Contains(text, want) {
				t.Errorf("reply lacks %q:\n%s", want, text)
			}
		}
	})
	t.Run("Superseded", func(t *testing.T) {
		c := base
		c.Kind, c.NewFact, c.NewStatement = facts.CorrectionSuperseded, story+"/drivers-58", "The authority will hire 58 new bus drivers."
		c.NewSource, c.Surface = &facts.Source{Title: "Correction", Publisher: "Riverton Gazette"}, "import:stories/riverton.yaml"
		text := bot.CorrectionReply(c).PlainText()
		for _, want := range []string{"corrected", "It said: \u201cThe Riverton Transit Authority will hire 85", "It now reads: \u201cThe authority will hire 58",
			story + "/drivers-58", "Corrected by ana, in an import of stories/riverton.yaml, 2024-06-04."} {
			if !strings.Contains(text, want) {
				t.Errorf("reply lacks %q:\n%s", want, text)
			}
		}
	})
}

// TestCuration_RetractTellsConversations: an editor retracting in chat hears
// how many conversations will get the correction.
func TestCuration_RetractTellsConversations(t *testing.T) {
	b, kb := newCurationBot(t)
	ctx := context.Background()
	for _, w := range []facts.Conversation{slackThread, discordChan} {
		if err := kb.RecordDelivery(ctx, facts.Delivery{Conversation: w, Facts: []string{drivers}}); err != nil {
			t.Fatal(err)
		}
	}
	rep := b.Handle(ctx, bot.Request{Platform: "slack", UserID: "UEDITOR", Text: "retract " + drivers + " The authority hires 58."})
	if rep.Kind != bot.KindDone || !strings.Contains(rep.PlainText(), "each of the 2 conversations") {
		t.Errorf("reply = %s", rep.PlainText())
	}
}
