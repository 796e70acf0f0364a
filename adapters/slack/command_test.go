package slack_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	slackadapter "github.com/factdesk/factdesk/adapters/slack"
	"github.com/factdesk/factdesk/bot"
)

func TestCommands_Answer(t *testing.T) {
	f := newFixture(t, slackadapter.Config{})
	m := f.command(t, "U0REPORTER", "who signed the statement?", "")
	if !strings.Contains(m.all(), "43") {
		t.Fatalf("answer does not say 43:\n%s", m.all())
	}
	if m.ResponseType != "ephemeral" {
		t.Errorf("response_type = %q, want ephemeral", m.ResponseType)
	}
	if got := m.shareValue(); got != "who signed the statement?" {
		t.Errorf("share button value = %q, want the question", got)
	}
	if !strings.Contains(m.all(), "un-xinjiang-2021/") {
		t.Errorf("answer does not cite its fact ids:\n%s", m.all())
	}
	if n := f.engine.calls.Load(); n != 1 {
		t.Errorf("engine calls = %d, want 1", n)
	}
}

func TestCommands_Signature(t *testing.T) {
	body := []byte(commandForm("U0REPORTER", "who signed the statement?", "").Encode())
	for _, tc := range []struct {
		name string
		sign func(*http.Request)
	}{
		{"Missing", nil},
		{"NoTimestamp", func(r *http.Request) {
			r.Header.Set("X-Slack-Signature", slackadapter.Sign(secret, time.Now(), body))
		}},
		{"WrongSecret", func(r *http.Request) { slackadapter.SignRequest(r, "not-the-secret", time.Now(), body) }},
		{"Stale", func(r *http.Request) { slackadapter.SignRequest(r, secret, time.Now().Add(-6*time.Minute), body) }},
		{"FromTheFuture", func(r *http.Request) { slackadapter.SignRequest(r, secret, time.Now().Add(6*time.Minute), body) }},
		{"OtherBody", func(r *http.Request) {
			slackadapter.SignRequest(r, secret, time.Now(), []byte(commandForm("U0REPORTER", "help", "").Encode()))
		}},
		{"Garbage", func(r *http.Request) {
			r.Header.Set("X-Slack-Request-Timestamp", "1")
			r.Header.Set("X-Slack-Signature", "v0=zz")
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := newFixture(t, slackadapter.Config{})
			for _, path := range []string{"/slack/commands", "/slack/events", "/slack/interactions"} {
				resp := f.post(t, path, "application/x-www-form-urlencoded", body, tc.sign)
				if resp.StatusCode != http.StatusUnauthorized {
					t.Errorf("%s: status = %d, want 401", path, resp.StatusCode)
				}
			}
			f.adapter.Wait()
			if n := f.engine.calls.Load(); n != 0 {
				t.Errorf("engine calls = %d, want 0", n)
			}
		})
	}
}

func TestCommands_Bot(t *testing.T) {
	f := newFixture(t, slackadapter.Config{})
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"Question", "How many countries backed Cuba's statement?", []string{"62"}},
		{"Help", "help", []string{"/fact check &lt;passage&gt;", "/fact source &lt;fact-id&gt;", "Try:"}},
		{"Empty", "", []string{"/fact check &lt;passage&gt;"}},
		{"Source", "source un-xinjiang-2021/coalition-signed-statement", []string{"43", "un-xinjiang-2021/coalition-signed-statement", "2021-10-21"}},
		{"Check", "check A coalition of 45 countries backed the statement.", []string{"1 problem found", "45", "43", ":warning: *number"}},
		{"NotFound", "what is the capital of Peru?", []string{":mag:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := f.command(t, "U0REPORTER", tc.text, "").all()
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("reply to %q lacks %q:\n%s", tc.text, w, got)
				}
			}
		})
	}
}

// TestCommands_CheckVerdicts runs /fact check over the bundled story as a
// reporter would: a contradiction is a warning, a quotation no fact backs is
// set apart as grey context, and a passage with nothing to check gets no tick.
func TestCommands_CheckVerdicts(t *testing.T) {
	f := newFixture(t, slackadapter.Config{})
	for _, tc := range []struct {
		name, passage string
		want, absent  []string
	}{
		{"Contradicted", "A coalition of 45 countries denounced China's human rights record at the United Nations on Thursday.",
			[]string{":memo: 1 problem found", ":warning: *number: “45 countries”*"}, []string{":white_check_mark:", ":grey_question:"}},
		{"Unbacked", `Zhang Jun said: "The criticism is a pack of lies."`,
			[]string{":grey_question: No contradictions", "not backed by any fact.",
				"\":grey_question: Not backed: “The criticism is a pack of lies”\\nNo recorded quotation of Zhang Jun"},
			[]string{":white_check_mark:", ":warning:"}},
		{"Agrees", "A Cuban envoy delivered a statement on behalf of 62 countries.",
			[]string{":white_check_mark: No contradictions: 1 claim agrees with the knowledge base."}, []string{":warning:", ":grey_question:"}},
		{"NothingCheckable", "The sky is blue.",
			[]string{":mag: Nothing in this passage could be checked against the knowledge base."},
			[]string{":white_check_mark:", "No problems", ":warning:"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := f.command(t, "U0REPORTER", "check "+tc.passage, "")
			js, _ := json.Marshal(m.Blocks)
			got := string(js)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("blocks lack %s:\n%s", w, got)
				}
			}
			for _, w := range tc.absent {
				if strings.Contains(got, w) {
					t.Errorf("blocks show %s:\n%s", w, got)
				}
			}
			for _, b := range m.Blocks {
				if b["type"] != "context" && strings.Contains(fmt.Sprint(b), "Not backed") {
					t.Errorf("a claim no fact backs is shown as a %s block, not grey context: %v", b["type"], b)
				}
			}
		})
	}
}

func TestCommands_EditorsOnly(t *testing.T) {
	var ran []string
	retract := bot.Command{Name: "retract", Usage: "retract <fact-id> <note>", Description: "Retract a fact.", EditorsOnly: true,
		Args: []bot.Arg{{Name: "id", Kind: bot.ArgFactID, Required: true}, {Name: "note", Kind: bot.ArgText, Required: true}},
		Handler: func(ctx context.Context, r bot.Request, args string) bot.Reply {
			ran = append(ran, r.UserID)
			return bot.Reply{Kind: bot.KindDone, Text: "Retracted " + args}
		}}
	f := newFixture(t, slackadapter.Config{}, func(b *bot.Bot) { b.Register(retract) })

	t.Run("Refused", func(t *testing.T) {
		m := f.command(t, "U0REPORTER", "retract un-xinjiang-2021/coalition-signed-statement wrong", "")
		if !strings.Contains(m.all(), "Only editors can retract") {
			t.Errorf("non-editor was not refused:\n%s", m.all())
		}
		if m.shareValue() != "" {
			t.Error("a refusal offers the share button")
		}
	})
	t.Run("Editor", func(t *testing.T) {
		m := f.command(t, "UEDITOR", "retract un-xinjiang-2021/coalition-signed-statement wrong", "")
		if !strings.Contains(m.all(), "Retracted") {
			t.Errorf("editor's retract did not run:\n%s", m.all())
		}
	})
	if len(ran) != 1 || ran[0] != "UEDITOR" {
		t.Errorf("retract ran for %v, want only UEDITOR", ran)
	}
}

func TestCommands_LargeCheckDeferred(t *testing.T) {
	f := newFixture(t, slackadapter.Config{})
	rec := newRecorder(t)
	passage := strings.Repeat("The statement was read out at the United Nations by the French envoy. ", 25) +
		"A coalition of 45 countries backed the statement."
	start := time.Now()
	m := f.command(t, "U0REPORTER", "check "+passage, rec.URL)
	if took := time.Since(start); took > time.Second {
		t.Errorf("acknowledgement took %v", took)
	}
	if !strings.Contains(m.Text, "Checking your passage") {
		t.Fatalf("large check was not acknowledged at once: %s", m.all())
	}
	got := rec.wait(t)
	if got.ResponseType != "ephemeral" || !strings.Contains(got.all(), "45") || !strings.Contains(got.all(), "43") {
		t.Errorf("findings delivered through response_url = %s %s", got.ResponseType, got.all())
	}
}

func TestCommands_SlowAnswerDeferred(t *testing.T) {
	release := make(chan struct{})
	slow := bot.Command{Name: "slow", Handler: func(ctx context.Context, r bot.Request, args string) bot.Reply {
		<-release
		return bot.Reply{Kind: bot.KindAnswer, Text: "slow answer"}
	}}
	f := newFixture(t, slackadapter.Config{InlineBudget: 50 * time.Millisecond}, func(b *bot.Bot) { b.Register(slow) })
	rec := newRecorder(t)
	m := f.command(t, "U0REPORTER", "slow", rec.URL)
	if !strings.Contains(m.Text, "Looking that up") {
		t.Fatalf("slow command was not acknowledged first: %s", m.all())
	}
	close(release)
	if got := rec.wait(t); !strings.Contains(got.all(), "slow answer") {
		t.Errorf("answer delivered later = %s", got.all())
	}
}

func TestCommands_BurstAcknowledgedFirst(t *testing.T) {
	release := make(chan struct{})
	slow := bot.Command{Name: "slow", Handler: func(ctx context.Context, r bot.Request, args string) bot.Reply {
		<-release
		return bot.Reply{Kind: bot.KindAnswer, Text: "slow answer"}
	}}
	f := newFixture(t, slackadapter.Config{InlineBudget: 20 * time.Millisecond}, func(b *bot.Bot) {
		b.Register(slow)
		b.Schedule(bot.NewScheduler(bot.DefaultSchedulerOptions()))
	})
	rec := newRecorder(t)
	// Occupy every engine slot for quick work (there are about as many as
	// CPUs) and then some, each for another person.
	const busy = 32
	for i := range busy {
		if m := f.command(t, fmt.Sprintf("U0REPORTER%d", i), "slow", rec.URL); !strings.Contains(m.Text, "Looking that up") {
			t.Fatalf("slow command answered inline: %s", m.all())
		}
	}
	start := time.Now()
	m := f.command(t, "U0ASKER", "who signed the statement?", rec.URL)
	if took := time.Since(start); took > time.Second || !strings.Contains(m.Text, "Looking that up") {
		t.Errorf("with the engine busy, the acknowledgement took %v and said %q; want at once, answer to follow", took, m.Text)
	}
	close(release)
	f.adapter.Wait()
	found := false
	for range busy + 1 {
		if strings.Contains(rec.wait(t).all(), "43") {
			found = true
		}
	}
	if !found {
		t.Error("the queued question's answer never reached response_url")
	}
}

// TestCommands_CommandWordQuestions: in /fact, a question that begins with a
// command word is asked, not refused or read as a bad fact id; help TOPIC
// explains one command.
func TestCommands_CommandWordQuestions(t *testing.T) {
	pending := bot.Command{Name: "pending", Usage: "pending", Description: "Editors: the review queue.", EditorsOnly: true, ReadOnly: true,
		Handler: func(ctx context.Context, r bot.Request, args string) bot.Reply {
			return bot.Reply{Kind: bot.KindDone, Text: "The review queue."}
		}}
	f := newFixture(t, slackadapter.Config{}, func(b *bot.Bot) { b.Register(pending) })
	for _, tc := range []struct {
		text        string
		want, avoid []string
	}{
		{"pending charges against Hale?", []string{":mag:"}, []string{"Only editors", "review queue"}},
		{"source of the 43 figure?", []string{"43"}, []string{"No fact", "Name a fact"}},
		{"pending", []string{"Only editors can see the facts awaiting review"}, nil},
		{"help check", []string{"/fact check &lt;passage&gt; \u2014 Check a passage", "*&lt;passage&gt;*", "The passage to check"}, []string{"/fact source"}},
	} {
		t.Run(tc.text, func(t *testing.T) {
			m := f.command(t, "U0REPORTER", tc.text, "")
			got := m.all()
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("reply lacks %q:\n%s", w, got)
				}
			}
			for _, w := range tc.avoid {
				if strings.Contains(got, w) {
					t.Errorf("reply shows %q:\n%s", w, got)
				}
			}
		})
	}
}
