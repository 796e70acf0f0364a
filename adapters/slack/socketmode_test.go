package slack_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	slackadapter "github.com/factdesk/factdesk/adapters/slack"
	"github.com/factdesk/factdesk/bot"
)

// socketServer speaks Slack's side of Socket Mode: apps.connections.open hands out
// a WebSocket URL, the socket says hello, sends envelopes and reads the acks; it
// also serves chat.postMessage for answers to mentions.
type socketServer struct {
	*httptest.Server
	t        *testing.T
	appToken string
	send     chan string
	acks     chan []byte
	mu       sync.Mutex
	posts    []url.Values
}

func newSocketServer(t *testing.T, appToken string) *socketServer {
	s := &socketServer{t: t, appToken: appToken, send: make(chan string, 10), acks: make(chan []byte, 10)}
	mux := http.NewServeMux()
	mux.HandleFunc("/apps.connections.open", s.open)
	mux.HandleFunc("/link", s.socket)
	mux.HandleFunc("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		v, _ := url.ParseQuery(string(body))
		s.mu.Lock()
		s.posts = append(s.posts, v)
		s.mu.Unlock()
		fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000100.000001"}`, v.Get("channel"))
	})
	s.Server = httptest.NewServer(mux)
	t.Cleanup(s.Close)
	return s
}

func (s *socketServer) open(w http.ResponseWriter, r *http.Request) {
	if got := r.Header.Get("Authorization"); got != "Bearer "+s.appToken {
		fmt.Fprint(w, `{"ok":false,"error":"invalid_auth"}`)
		return
	}
	fmt.Fprintf(w, `{"ok":true,"url":"ws://%s/link"}`, r.Host)
}

func (s *socketServer) socket(w http.ResponseWriter, r *http.Request) {
	// The client dials with Origin https://api.slack.com, as Slack expects.
	up := websocket.Upgrader{CheckOrigin: func(r *http.Request) bool { return r.Header.Get("Origin") == "https://api.slack.com" }}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		s.t.Errorf("websocket upgrade: %v", err)
		return
	}
	defer conn.Close()
	hello := `{"type":"hello","num_connections":1,"debug_info":{"host":"local","approximate_connection_time":18060},"connection_info":{"app_id":"A123456"}}`
	if err := conn.WriteMessage(websocket.TextMessage, []byte(hello)); err != nil {
		return
	}
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case env := <-s.send:
				if err := conn.WriteMessage(websocket.TextMessage, []byte(env)); err != nil {
					return
				}
			case <-done:
				return
			}
		}
	}()
	for {
		_, msg, err := conn.ReadMessage()
		if err != nil {
			return
		}
		s.acks <- msg
	}
}

// waitPosts waits until n messages have been posted, or ten seconds, and
// returns what was posted.
func (s *socketServer) waitPosts(t *testing.T, n int) []url.Values {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s.mu.Lock()
		posts := append([]url.Values(nil), s.posts...)
		s.mu.Unlock()
		if len(posts) >= n || time.Now().After(deadline) {
			return posts
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// ack waits for the acknowledgement of an envelope and returns it raw.
func (s *socketServer) ack(t *testing.T, envelopeID string) []byte {
	t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case raw := <-s.acks:
			var a struct {
				EnvelopeID string `json:"envelope_id"`
			}
			json.Unmarshal(raw, &a)
			if a.EnvelopeID == envelopeID {
				return raw
			}
		case <-timeout:
			t.Fatalf("no ack for envelope %s", envelopeID)
		}
	}
}

func envelope(id, typ string, payload any) string {
	js, _ := json.Marshal(map[string]any{
		"envelope_id": id, "type": typ, "payload": payload,
		"accepts_response_payload": typ == "slash_commands", "retry_attempt": 0, "retry_reason": "",
	})
	return string(js)
}

func slashPayload(text string) map[string]any {
	p := map[string]any{}
	for k, v := range commandForm("U0REPORTER", text, "") {
		p[k] = v[0]
	}
	p["is_enterprise_install"] = "false"
	return p
}

func TestSocketMode(t *testing.T) {
	server := newSocketServer(t, "xapp-1-test")
	many := bot.Command{Name: "everything", Handler: func(ctx context.Context, r bot.Request, args string) bot.Reply {
		rep := bot.Reply{Kind: bot.KindAnswer, Text: "Every fact there is."}
		for i := range 300 {
			rep.Items = append(rep.Items, bot.Item{Title: fmt.Sprintf("story/fact-%d", i), Text: strings.Repeat("A long statement. ", 20),
				Quote: "exact words", Speaker: "Someone", Source: &bot.Citation{Title: "Wire", Publisher: "Agency", Date: "2021-10-21", URL: "https://example.org/x"}})
		}
		return rep
	}}
	f := newFixture(t, slackadapter.Config{BotToken: "xoxb-test", AppToken: "xapp-1-test", APIURL: server.URL + "/"},
		func(b *bot.Bot) { b.Register(many) })

	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan error, 1)
	go func() { stopped <- f.adapter.RunSocketMode(ctx) }()

	t.Run("SlashCommand", func(t *testing.T) {
		server.send <- envelope("env-1", "slash_commands", slashPayload("who signed the statement?"))
		raw := server.ack(t, "env-1")
		var ack struct {
			Payload slackMessage `json:"payload"`
		}
		if err := json.Unmarshal(raw, &ack); err != nil {
			t.Fatalf("ack: %v", err)
		}
		if !strings.Contains(ack.Payload.all(), "43") || ack.Payload.ResponseType != "ephemeral" {
			t.Errorf("ack payload = %s %s", ack.Payload.ResponseType, ack.Payload.all())
		}
	})
	t.Run("LongAnswerCut", func(t *testing.T) {
		server.send <- envelope("env-2", "slash_commands", slashPayload("everything"))
		raw := server.ack(t, "env-2")
		if len(raw) >= 20*1024 {
			t.Errorf("ack is %d bytes; Slack drops 20 KB or more", len(raw))
		}
		if !strings.Contains(string(raw), "more facts not shown") || !strings.Contains(string(raw), "story/fact-0") {
			t.Errorf("long answer was not cut with \"and N more\": %.500s", raw)
		}
	})
	t.Run("AppMention", func(t *testing.T) {
		var ev map[string]any
		json.Unmarshal([]byte(mentionEvent("Ev0100", "<@U0BOT> who signed the statement?", "1700000050.000100", "", "")), &ev)
		server.send <- envelope("env-3", "events_api", ev)
		server.send <- envelope("env-4", "events_api", ev) // a redelivery
		if raw := server.ack(t, "env-3"); strings.Contains(string(raw), "payload") {
			t.Errorf("events ack carries a payload: %s", raw)
		}
		server.ack(t, "env-4")
		f.adapter.Wait()
		server.mu.Lock()
		posts := server.posts
		server.mu.Unlock()
		if len(posts) != 1 || posts[0].Get("thread_ts") != "1700000050.000100" || !strings.Contains(posts[0].Get("text"), "43") {
			t.Errorf("chat.postMessage calls = %v, want one answer in the mention's thread", posts)
		}
	})

	t.Run("DirectMessage", func(t *testing.T) {
		var ev map[string]any
		json.Unmarshal([]byte(messageEvent("Ev0200", "im", "who signed the statement?", "", "")), &ev)
		server.send <- envelope("env-5", "events_api", ev)
		server.ack(t, "env-5")
		// The answer follows the ack: wait for it to be posted.
		posts := server.waitPosts(t, 2)
		if len(posts) != 2 || posts[1].Get("channel") != "D0DIRECT" || !strings.Contains(posts[1].Get("text"), "43") {
			t.Errorf("chat.postMessage calls = %v, want the answer in the direct conversation", posts)
		}
	})

	cancel()
	select {
	case err := <-stopped:
		if err != nil {
			t.Errorf("RunSocketMode = %v, want nil after cancel", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("RunSocketMode did not stop with its context")
	}
}
