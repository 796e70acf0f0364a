package discord

import (
	"github.com/factdesk/factdesk/bot/bottest"
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/factdesk/factdesk/bot"
)

// countingKB is the real knowledge base, counting the calls that reach it, so
// tests can show that a rejected request never touched it. delay makes it slow,
// to exercise deferred interaction answers.
type countingKB struct {
	*bottest.Engine
	kb    *sqlite.KB
	calls atomic.Int64
	delay time.Duration
}

func (c *countingKB) touch() {
	c.calls.Add(1)
	time.Sleep(c.delay)
}

// MustOpenKB opens a fresh knowledge base, loaded with the bundled story, in a
// temporary file.
func MustOpenKB(tb testing.TB) *countingKB {
	tb.Helper()
	c := &countingKB{kb: sqlitetest.Open(tb)}
	c.Engine = bottest.Before(c.kb, c.touch)
	return c
}

// api is the path prefix of Discord's REST API at the version discordgo speaks.
var api = "/api/v" + discordgo.APIVersion

// fakeDiscord stands in for Discord's REST API and records every call.
type fakeDiscord struct {
	*httptest.Server
	mu    sync.Mutex
	calls []apiCall
}

type apiCall struct {
	Method, Path string
	Body         string
}

func newFakeDiscord(tb testing.TB) *fakeDiscord {
	tb.Helper()
	f := &fakeDiscord{}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		f.mu.Lock()
		f.calls = append(f.calls, apiCall{Method: r.Method, Path: r.URL.Path, Body: string(body)})
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		switch {
		case r.Method == http.MethodPut && strings.HasSuffix(r.URL.Path, "/commands"):
			w.Write(body) // Discord answers a bulk overwrite with the commands it now has
		case strings.HasSuffix(r.URL.Path, "/callback"):
			w.WriteHeader(http.StatusNoContent)
		default:
			w.Write([]byte(`{"id":"sent-1","channel_id":"c-1"}`))
		}
	}))
	tb.Cleanup(f.Close)
	return f
}

// Calls returns what the fake has received so far.
func (f *fakeDiscord) Calls() []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]apiCall(nil), f.calls...)
}

// Client is an HTTP client that sends every request meant for discord.com to the fake.
func (f *fakeDiscord) Client() *http.Client {
	target, _ := url.Parse(f.URL)
	return &http.Client{Transport: rewriteHost{target: target}, Timeout: 10 * time.Second}
}

type rewriteHost struct{ target *url.URL }

func (rh rewriteHost) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.URL.Scheme, r.URL.Host, r.Host = rh.target.Scheme, rh.target.Host, rh.target.Host
	return http.DefaultTransport.RoundTrip(r)
}

// MustNewAdapter builds an adapter over a real bot and knowledge base, talking to
// the fake Discord.
func MustNewAdapter(tb testing.TB, engine bot.Engine, fake *fakeDiscord, cfg Config) *Adapter {
	tb.Helper()
	logger := slog.New(slog.NewTextHandler(io.Discard, nil))
	b := bot.New(engine, []string{"discord:u-editor"}, logger)
	if fake != nil {
		cfg.HTTPClient = fake.Client()
	}
	cfg.Logger = logger
	if cfg.Patience == 0 {
		cfg.Patience = 10 * time.Second // a loaded test machine must not turn answers into deferrals
	}
	a, err := New(b, cfg)
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	return a
}

func mustJSON(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// commandInteraction is a /fact interaction payload as Discord sends it.
func commandInteraction(sub, option, value string) map[string]any {
	opt := map[string]any{"name": sub, "type": 1}
	if option != "" {
		opt["options"] = []any{map[string]any{"name": option, "type": 3, "value": value}}
	}
	return map[string]any{
		"id": "i-1", "application_id": "app-1", "type": 2, "token": "itoken",
		"channel_id": "c-1", "guild_id": "g-1",
		"member": map[string]any{"user": map[string]any{"id": "u-1", "username": "reporter"}},
		"data":   map[string]any{"id": "cmd-1", "name": "fact", "type": 1, "options": []any{opt}},
	}
}

// registerRetract plugs a curation command into the bot, as a curation feature
// would, so tests can show who may run it.
func registerRetract(a *Adapter) {
	a.bot.(*bot.Bot).Register(bot.Command{
		Name: "retract", Usage: "retract <fact-id>", Description: "Retract a fact.", EditorsOnly: true,
		Args: []bot.Arg{{Name: "id", Kind: bot.ArgFactID, Description: "The fact.", Required: true}},
		Handler: func(ctx context.Context, r bot.Request, args string) bot.Reply {
			return bot.Reply{Kind: bot.KindDone, Text: "retracted " + args}
		},
	})
}
