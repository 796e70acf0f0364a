package slack_test

import (
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/slack-go/slack/slacktest"

	slackadapter "github.com/factdesk/factdesk/adapters/slack"
	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

const signedFact = "un-xinjiang-2021/coalition-signed-statement"

// flakySlack is slacktest's Web API, recording every chat.postMessage, that
// answers the next ones with the failures queued in fail.
type flakySlack struct {
	*slacktest.Server
	mu    sync.Mutex
	posts []url.Values
	fail  []func(w http.ResponseWriter)
}

func newFlakySlack(t *testing.T) *flakySlack {
	api := &flakySlack{}
	api.Server = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			v, _ := url.ParseQuery(string(body))
			api.mu.Lock()
			defer api.mu.Unlock()
			if len(api.fail) > 0 {
				fail := api.fail[0]
				api.fail = api.fail[1:]
				fail(w)
				return
			}
			api.posts = append(api.posts, v)
			fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1717410000.%06d"}`, v.Get("channel"), len(api.posts))
		})
	})
	api.Start()
	t.Cleanup(api.Stop)
	return api
}

func (api *flakySlack) Posts() []url.Values {
	api.mu.Lock()
	defer api.mu.Unlock()
	return append([]url.Values(nil), api.posts...)
}

func (api *flakySlack) FailNext(fail ...func(w http.ResponseWriter)) {
	api.mu.Lock()
	defer api.mu.Unlock()
	api.fail = append(api.fail, fail...)
}

func unavailable(w http.ResponseWriter) {
	http.Error(w, "<html>503</html>", http.StatusServiceUnavailable)
}

func rateLimited(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "7")
	w.WriteHeader(http.StatusTooManyRequests)
	fmt.Fprint(w, `{"ok":false,"error":"ratelimited"}`)
}

func notInChannel(w http.ResponseWriter) { fmt.Fprint(w, `{"ok":false,"error":"not_in_channel"}`) }

// deliveringFixture is an adapter that records its deliveries in a real
// knowledge base and posts to api, with a sender posting corrections there on a
// clock the test moves.
type deliveringFixture struct {
	*fixture
	kb     *sqlite.KB
	now    time.Time
	sender *bot.Sender
}

func newDeliveringFixture(t *testing.T, api *flakySlack) *deliveringFixture {
	t.Helper()
	kb := sqlitetest.Open(t)
	f := &deliveringFixture{kb: kb, now: time.Date(2024, 6, 3, 10, 0, 0, 0, time.UTC)}
	kb.Now = func() time.Time { return f.now }
	b := bot.New(kb, []string{"slack:UEDITOR"}, testLogger(t))
	b.EnableCuration(kb)
	cfg := slackadapter.Config{SigningSecret: secret, BotToken: "xoxb-test", APIURL: api.GetAPIURL(), Deliveries: kb}
	a := slackadapter.New(b, cfg, testLogger(t))
	mux := http.NewServeMux()
	a.Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	t.Cleanup(a.Wait)
	f.fixture = &fixture{bot: b, adapter: a, server: srv}
	poster, err := slackadapter.NewCorrectionPoster(cfg)
	if err != nil {
		t.Fatal(err)
	}
	f.sender = bot.NewSender(kb, testLogger(t), poster)
	f.sender.Now = func() time.Time { return f.now }
	return f
}

func (f *deliveringFixture) sendDue(t *testing.T) bot.SendResult {
	t.Helper()
	res, err := f.sender.SendDue(context.Background())
	if err != nil {
		t.Fatalf("SendDue: %v", err)
	}
	return res
}

func (f *deliveringFixture) correction(t *testing.T) facts.Correction {
	t.Helper()
	list, err := f.kb.Corrections(context.Background(), facts.CorrectionFilter{})
	if err != nil || len(list) != 1 {
		t.Fatalf("corrections = %+v, %v; want one", list, err)
	}
	return list[0]
}

// mentionAnswered has a reporter ask in a thread and waits for the answer.
func (f *deliveringFixture) mentionAnswered(t *testing.T, api *flakySlack) {
	t.Helper()
	f.event(t, mentionEvent("Ev1", "<@U0BOT> who signed the statement?", "1717408801.000100", "1717408800.000100", ""))
	f.adapter.Wait()
	if posts := api.Posts(); len(posts) != 1 || !strings.Contains(posts[0].Get("text"), "43") {
		t.Fatalf("answer posts = %+v, want one answering 43", posts)
	}
}

// TestCorrection_FollowsMention: an answer in a thread, the fact retracted in
// chat, the correction in the same thread, once.
func TestCorrection_FollowsMention(t *testing.T) {
	api := newFlakySlack(t)
	f := newDeliveringFixture(t, api)
	f.mentionAnswered(t, api)

	rep := f.bot.Handle(context.Background(), bot.Request{Platform: "slack", UserID: "UEDITOR", UserName: "ana", Text: "retract " + signedFact + " The UN list has 45 signatories."})
	if !strings.Contains(rep.PlainText(), "the 1 conversation") {
		t.Fatalf("retract reply = %s, want it to say one conversation will be told", rep.PlainText())
	}
	if res := f.sendDue(t); res.Sent != 1 {
		t.Fatalf("send = %+v, want one correction sent", res)
	}
	posts := api.Posts()
	if len(posts) != 2 {
		t.Fatalf("posts = %d, want the answer and one correction", len(posts))
	}
	p := posts[1]
	if p.Get("channel") != "C2147483705" || p.Get("thread_ts") != "1717408800.000100" || p.Get("token") != "xoxb-test" {
		t.Errorf("correction posted to %q thread %q with %q, want the answer's thread, with the bot token", p.Get("channel"), p.Get("thread_ts"), p.Get("token"))
	}
	for _, want := range []string{"Correction", "retracted", "backed by 43 countries", "ana (slack:UEDITOR)", "The UN list has 45 signatories"} {
		if !strings.Contains(p.Get("text")+p.Get("blocks"), want) {
			t.Errorf("correction lacks %q: text=%q blocks=%s", want, p.Get("text"), p.Get("blocks"))
		}
	}
	if c := f.correction(t); c.Status != facts.CorrectionSent || c.SentAs != "1717410000.000002" {
		t.Errorf("correction = %+v, want sent, as the posted message", c)
	}
	if res := f.sendDue(t); res.Sent != 0 || len(api.Posts()) != 2 {
		t.Errorf("second pass = %+v, %d posts; want nothing posted again", res, len(api.Posts()))
	}
}

// TestCorrection_SlackFails: a failure is tried again after the backoff; a
// rate limit waits as long as Slack asks; a channel closed to the bot is given up.
func TestCorrection_SlackFails(t *testing.T) {
	t.Run("FailureThenRetry", func(t *testing.T) {
		api := newFlakySlack(t)
		f := newDeliveringFixture(t, api)
		f.mentionAnswered(t, api)
		if _, err := f.kb.Retract(context.Background(), facts.Actor{Name: "ana"}, signedFact, "wrong count"); err != nil {
			t.Fatal(err)
		}
		api.FailNext(unavailable)
		if res := f.sendDue(t); res.Retrying != 1 {
			t.Fatalf("first pass = %+v, want a retry", res)
		}
		c := f.correction(t)
		if c.Status != facts.CorrectionPending || c.Attempts != 1 || !strings.Contains(c.LastError, "503") || c.NextAttempt != "2024-06-03T10:00:30Z" {
			t.Errorf("after Slack's 503 = %+v, want pending, its error kept, next in 30 s", c)
		}
		if res := f.sendDue(t); res != (bot.SendResult{}) {
			t.Errorf("before the backoff ends = %+v, want nothing tried", res)
		}
		f.now = f.now.Add(30 * time.Second)
		if res := f.sendDue(t); res.Sent != 1 || len(api.Posts()) != 2 {
			t.Errorf("after the backoff = %+v, %d posts; want the correction posted once", res, len(api.Posts()))
		}
	})
	t.Run("RateLimited", func(t *testing.T) {
		api := newFlakySlack(t)
		f := newDeliveringFixture(t, api)
		f.mentionAnswered(t, api)
		if _, err := f.kb.Retract(context.Background(), facts.Actor{Name: "ana"}, signedFact, "wrong count"); err != nil {
			t.Fatal(err)
		}
		api.FailNext(rateLimited)
		f.sendDue(t)
		if c := f.correction(t); c.NextAttempt != "2024-06-03T10:00:07Z" || !strings.Contains(c.LastError, "retry after 7s") {
			t.Errorf("after a 429 = %+v, want the next attempt after Retry-After: 7 s", c)
		}
		f.now = f.now.Add(6 * time.Second)
		if res := f.sendDue(t); res != (bot.SendResult{}) {
			t.Errorf("within Retry-After = %+v, want nothing sent to Slack", res)
		}
		f.now = f.now.Add(time.Second)
		if res := f.sendDue(t); res.Sent != 1 {
			t.Errorf("after Retry-After = %+v, want it sent", res)
		}
	})
	t.Run("NotInChannel", func(t *testing.T) {
		api := newFlakySlack(t)
		f := newDeliveringFixture(t, api)
		f.mentionAnswered(t, api)
		if _, err := f.kb.Retract(context.Background(), facts.Actor{Name: "ana"}, signedFact, "wrong count"); err != nil {
			t.Fatal(err)
		}
		api.FailNext(notInChannel)
		if res := f.sendDue(t); res.GaveUp != 1 {
			t.Errorf("pass = %+v, want given up", res)
		}
		if c := f.correction(t); c.Status != facts.CorrectionFailed || !strings.Contains(c.LastError, "not_in_channel") {
			t.Errorf("correction = %+v, want failed, saying why", c)
		}
	})
}

func TestCorrectionPoster_Errors(t *testing.T) {
	api := newFlakySlack(t)
	p, err := slackadapter.NewCorrectionPoster(slackadapter.Config{BotToken: "xoxb-test", APIURL: api.GetAPIURL()})
	if err != nil {
		t.Fatal(err)
	}
	c := facts.Correction{Fact: signedFact, Kind: facts.CorrectionRetracted, Statement: "x", Conversation: facts.Conversation{Platform: "slack", Channel: "C1"}}
	api.FailNext(rateLimited)
	var limited *bot.RateLimitedError
	if _, err := p.PostCorrection(context.Background(), c); !errors.As(err, &limited) || limited.RetryAfter != 7*time.Second {
		t.Errorf("429 = %v, want a rate limit of 7 s", err)
	}
	api.FailNext(notInChannel)
	var permanent *bot.PermanentError
	if _, err := p.PostCorrection(context.Background(), c); !errors.As(err, &permanent) {
		t.Errorf("not_in_channel = %v, want a permanent error", err)
	}
	api.FailNext(unavailable)
	if _, err := p.PostCorrection(context.Background(), c); err == nil || errors.As(err, &permanent) || errors.As(err, &limited) {
		t.Errorf("503 = %v, want an error to try again", err)
	}
	if ts, err := p.PostCorrection(context.Background(), c); err != nil || ts == "" {
		t.Errorf("post = %q, %v; want the message's ts", ts, err)
	}
	if _, err := slackadapter.NewCorrectionPoster(slackadapter.Config{}); err == nil {
		t.Error("a poster without a bot token was built")
	}
}
