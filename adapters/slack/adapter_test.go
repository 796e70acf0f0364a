package slack_test

import (
	"github.com/factdesk/factdesk/bot/bottest"
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

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

	slackadapter "github.com/factdesk/factdesk/adapters/slack"
	"github.com/factdesk/factdesk/bot"
)

const secret = "8f742231b10e8888abcd99yyyzzz85a5"

// countingEngine is the real knowledge base, counting the calls that reach it, so
// tests can show a refused request never touched the engine.
type countingEngine struct {
	*bottest.Engine
	kb    *sqlite.KB
	calls atomic.Int64
}

func newCountingEngine(kb *sqlite.KB) *countingEngine {
	e := &countingEngine{kb: kb}
	e.Engine = bottest.Before(kb, func() { e.calls.Add(1) })
	return e
}

// fixture is an adapter over a real knowledge base, served on an httptest server.
type fixture struct {
	engine  *countingEngine
	bot     *bot.Bot
	adapter *slackadapter.Adapter
	server  *httptest.Server
}

// newFixture builds the bot and adapter; setup may register extra commands before
// the server starts.
func newFixture(t *testing.T, cfg slackadapter.Config, setup ...func(*bot.Bot)) *fixture {
	t.Helper()
	f := &fixture{engine: newCountingEngine(sqlitetest.Open(t))}
	f.bot = bot.New(f.engine, []string{"slack:UEDITOR"}, testLogger(t))
	for _, s := range setup {
		s(f.bot)
	}
	if cfg.SigningSecret == "" {
		cfg.SigningSecret = secret
	}
	f.adapter = slackadapter.New(f.bot, cfg, testLogger(t))
	mux := http.NewServeMux()
	f.adapter.Register(mux)
	f.server = httptest.NewServer(mux)
	t.Cleanup(f.server.Close)
	t.Cleanup(f.adapter.Wait)
	return f
}

func testLogger(t *testing.T) *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.DiscardHandler)
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

// post sends body to path signed as Slack would at ts.
func (f *fixture) post(t *testing.T, path, contentType string, body []byte, sign func(*http.Request)) *http.Response {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, f.server.URL+path, strings.NewReader(string(body)))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", contentType)
	if sign != nil {
		sign(req)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", path, err)
	}
	t.Cleanup(func() { resp.Body.Close() })
	return resp
}

func signedNow(body []byte) func(*http.Request) {
	return func(r *http.Request) { slackadapter.SignRequest(r, secret, time.Now(), body) }
}

// command sends a signed /fact slash command and decodes the message it gets back.
func (f *fixture) command(t *testing.T, user, text, responseURL string) slackMessage {
	t.Helper()
	body := []byte(commandForm(user, text, responseURL).Encode())
	resp := f.post(t, "/slack/commands", "application/x-www-form-urlencoded", body, signedNow(body))
	if resp.StatusCode != http.StatusOK {
		b, _ := io.ReadAll(resp.Body)
		t.Fatalf("status = %d, want 200: %s", resp.StatusCode, b)
	}
	var m slackMessage
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		t.Fatalf("decode slash command response: %v", err)
	}
	return m
}

func commandForm(user, text, responseURL string) url.Values {
	return url.Values{
		"token": {"deprecated"}, "team_id": {"T0001"}, "team_domain": {"newsroom"},
		"channel_id": {"C2147483705"}, "channel_name": {"politics"},
		"user_id": {user}, "user_name": {"reporter"}, "command": {"/fact"}, "text": {text},
		"response_url": {responseURL}, "trigger_id": {"13345224609.738474920.8088930838d88f008e0"},
		"api_app_id": {"A123456"},
	}
}

// slackMessage is a Slack message as it goes over the wire, decoded loosely.
type slackMessage struct {
	ResponseType    string           `json:"response_type"`
	Text            string           `json:"text"`
	Blocks          []map[string]any `json:"blocks"`
	ReplaceOriginal bool             `json:"replace_original"`
	DeleteOriginal  bool             `json:"delete_original"`
}

// all is every string in the message, for containment checks.
func (m slackMessage) all() string {
	js, _ := json.Marshal(m.Blocks)
	var s strings.Builder
	s.WriteString(m.Text)
	s.WriteString("\n")
	collectStrings(json.RawMessage(js), &s)
	return s.String()
}

func collectStrings(raw json.RawMessage, s *strings.Builder) {
	var v any
	json.Unmarshal(raw, &v)
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case string:
			s.WriteString(x)
			s.WriteString("\n")
		case []any:
			for _, e := range x {
				walk(e)
			}
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		}
	}
	walk(v)
}

// shareValue is the value of the "Post to channel" button, or "".
func (m slackMessage) shareValue() string {
	for _, b := range m.Blocks {
		if b["type"] != "actions" {
			continue
		}
		for _, e := range b["elements"].([]any) {
			el := e.(map[string]any)
			if el["action_id"] == "factdesk_share" {
				return el["value"].(string)
			}
		}
	}
	return ""
}

// recorder is a response_url: it collects what is posted to it.
type recorder struct {
	*httptest.Server
	mu   sync.Mutex
	msgs []slackMessage
	got  chan slackMessage
}

func newRecorder(t *testing.T) *recorder {
	r := &recorder{got: make(chan slackMessage, 100)}
	r.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		var m slackMessage
		if err := json.NewDecoder(req.Body).Decode(&m); err != nil {
			t.Errorf("response_url got undecodable body: %v", err)
		}
		r.mu.Lock()
		r.msgs = append(r.msgs, m)
		r.mu.Unlock()
		r.got <- m
		w.Write([]byte("ok"))
	}))
	t.Cleanup(r.Close)
	return r
}

func (r *recorder) wait(t *testing.T) slackMessage {
	t.Helper()
	select {
	case m := <-r.got:
		return m
	case <-time.After(10 * time.Second):
		t.Fatal("nothing was posted to response_url")
	}
	return slackMessage{}
}

func (r *recorder) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.msgs)
}
