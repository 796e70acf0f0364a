package main

import (
	"github.com/factdesk/factdesk/facts/sqlite"

	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
	"github.com/slack-go/slack/slacktest"

	slackadapter "github.com/factdesk/factdesk/adapters/slack"
	"github.com/factdesk/factdesk/facts"
)

const signedStatement = "un-xinjiang-2021/coalition-signed-statement"

// standInSlack is slacktest's Web API, recording every chat.postMessage.
type standInSlack struct {
	*slacktest.Server
	mu    sync.Mutex
	posts []url.Values
}

func newStandInSlack(t *testing.T) *standInSlack {
	s := &standInSlack{}
	s.Server = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			v, _ := url.ParseQuery(string(body))
			s.mu.Lock()
			s.posts = append(s.posts, v)
			n := len(s.posts)
			s.mu.Unlock()
			fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1717410000.%06d"}`, v.Get("channel"), n)
		})
	})
	s.Start()
	t.Cleanup(s.Stop)
	return s
}

func (s *standInSlack) Posts() []url.Values {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]url.Values(nil), s.posts...)
}

// standInDiscord stands in for Discord: its REST API (recording the messages
// posted, each given a new id) and a gateway that greets each connection, says
// READY, and delivers the messages a test sends it.
type standInDiscord struct {
	*httptest.Server
	mu       sync.Mutex
	messages []string // bodies of POST /channels/c-1/messages
	conns    chan chan string
}

func newStandInDiscord(t *testing.T) *standInDiscord {
	d := &standInDiscord{conns: make(chan chan string, 4)}
	up := websocket.Upgrader{}
	d.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		api := "/api/v" + discordgo.APIVersion
		switch {
		case r.URL.Path == api+"/gateway":
			fmt.Fprintf(w, `{"url":"ws://%s/gw"}`, r.Host)
		case r.URL.Path == "/gw/":
			conn, err := up.Upgrade(w, r, nil)
			if err != nil {
				t.Errorf("gateway upgrade: %v", err)
				return
			}
			d.gateway(conn)
		case r.Method == http.MethodPut && strings.HasSuffix(r.URL.Path, "/commands"):
			io.Copy(w, r.Body)
		case r.Method == http.MethodPost && r.URL.Path == api+"/channels/c-1/messages":
			body, _ := io.ReadAll(r.Body)
			d.mu.Lock()
			d.messages = append(d.messages, string(body))
			n := len(d.messages)
			d.mu.Unlock()
			fmt.Fprintf(w, `{"id":"90000000000000000%d","channel_id":"c-1"}`, n)
		default:
			t.Errorf("Discord stand-in: unexpected %s %s", r.Method, r.URL.Path)
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(d.Close)
	return d
}

// gateway speaks Discord's gateway protocol on conn: HELLO, then READY after
// IDENTIFY, heartbeats acknowledged, and each event the test sends dispatched.
func (d *standInDiscord) gateway(conn *websocket.Conn) {
	defer conn.Close()
	conn.WriteJSON(map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": 45000}})
	var identify struct{ Op int }
	if err := conn.ReadJSON(&identify); err != nil || identify.Op != 2 {
		return
	}
	var wmu sync.Mutex
	seq := 1
	send := func(event string, data any) {
		wmu.Lock()
		defer wmu.Unlock()
		conn.WriteJSON(map[string]any{"op": 0, "s": seq, "t": event, "d": data})
		seq++
	}
	send("READY", map[string]any{"v": 10, "session_id": "s-1", "user": map[string]any{"id": "bot-1", "username": "factdesk", "bot": true},
		"guilds": []any{}, "application": map[string]any{"id": "app-1"}})
	events := make(chan string)
	d.conns <- events
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			var m struct{ Op int }
			if err := conn.ReadJSON(&m); err != nil {
				return
			}
			if m.Op == 1 {
				wmu.Lock()
				conn.WriteJSON(map[string]any{"op": 11})
				wmu.Unlock()
			}
		}
	}()
	for {
		select {
		case content := <-events:
			send("MESSAGE_CREATE", map[string]any{"id": "m-1", "channel_id": "c-1", "guild_id": "g-1", "content": content,
				"author": map[string]any{"id": "u-1", "username": "reporter"}})
		case <-done:
			return
		}
	}
}

func (d *standInDiscord) Messages() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]string(nil), d.messages...)
}

// apiRoutes sends factdesk's calls to slack.com and discord.com to stand-ins.
type apiRoutes map[string]*url.URL

func (r apiRoutes) RoundTrip(req *http.Request) (*http.Response, error) {
	target, ok := r[req.URL.Host]
	if !ok {
		return nil, fmt.Errorf("no stand-in for %s", req.URL.Host)
	}
	req = req.Clone(req.Context())
	if req.URL.Host == "slack.com" {
		req.URL.Path = strings.TrimPrefix(req.URL.Path, "/api")
	}
	req.URL.Scheme, req.URL.Host, req.Host = target.Scheme, target.Host, target.Host
	return http.DefaultTransport.RoundTrip(req)
}

// eventually waits for cond, failing the test if it does not hold within a
// generous deadline (which only guards against a hang).
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); !cond(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting: %s", what)
		}
	}
}

// serving is one run of factdesk serve on the knowledge base at path.
type serving struct {
	kb     *sqlite.KB
	base   string
	cancel context.CancelFunc
	done   chan error
}

func startServing(t *testing.T, m *Main, path string) *serving {
	t.Helper()
	kb, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ln := testListener(t)
	s := &serving{kb: kb, base: "http://" + ln.Addr().String(), cancel: cancel, done: make(chan error, 1)}
	go func() { s.done <- m.Serve(ctx, kb, ln) }()
	return s
}

// stop stops the server the way SIGTERM does, and closes its knowledge base.
func (s *serving) stop(t *testing.T) {
	t.Helper()
	s.cancel()
	if err := <-s.done; err != nil {
		t.Errorf("Serve: %v", err)
	}
	s.kb.Close()
}

// TestCorrections_FollowTheAnswer follows one fact from answers in a Slack
// thread and a Discord channel, through its retraction while factdesk is
// stopped, to one correction in each, posted by the next factdesk to start.
func TestCorrections_FollowTheAnswer(t *testing.T) {
	slackAPI, discordAPI := newStandInSlack(t), newStandInDiscord(t)
	slackURL, _ := url.Parse(slackAPI.GetAPIURL())
	discordURL, _ := url.Parse(discordAPI.URL)
	path := filepath.Join(t.TempDir(), "newsroom.db")
	seed, err := sqlite.OpenOrSeed(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	seed.Close()
	m := &Main{
		Config: Config{SlackSigningSecret: testSlackSecret, SlackBotToken: "xoxb-test", DiscordBotToken: "test-token", DiscordAppID: "app-1",
			KeepDeliveries: facts.DefaultKeepDeliveries},
		Logger:     slog.New(slog.DiscardHandler),
		HTTPClient: &http.Client{Transport: apiRoutes{"slack.com": slackURL, "discord.com": discordURL}, Timeout: 10 * time.Second},
	}

	// 1. Answers: a mention in a Slack thread, !fact in a Discord channel.
	first := startServing(t, m, path)
	var gateway chan string
	select {
	case gateway = <-discordAPI.conns:
	case <-time.After(20 * time.Second):
		t.Fatal("factdesk did not connect to the Discord gateway")
	}
	mention, _ := json.Marshal(map[string]any{"token": "x", "team_id": "T0NEWSROOM", "api_app_id": "A1", "type": "event_callback",
		"event_id": "Ev1", "event_time": 1717408801, "event": map[string]any{"type": "app_mention", "user": "U0REPORTER",
			"text": "<@U0BOT> who signed the statement?", "ts": "1717408801.000100", "thread_ts": "1717408800.000100", "channel": "C0POLITICS"}})
	req, _ := http.NewRequest(http.MethodPost, first.base+"/slack/events", bytes.NewReader(mention))
	req.Header.Set("Content-Type", "application/json")
	slackadapter.SignRequest(req, testSlackSecret, time.Now(), mention)
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("Slack event = %v %v", resp, err)
	}
	resp.Body.Close()
	gateway <- "!fact who signed the statement?"
	eventually(t, "both answers cited and recorded", func() bool {
		convs, _ := first.kb.Conversations(context.Background(), signedStatement)
		return len(convs) == 2
	})
	first.stop(t)
	if posts, msgs := slackAPI.Posts(), discordAPI.Messages(); len(posts) != 1 || !strings.Contains(posts[0].Get("text"), "43") ||
		len(msgs) != 1 || !strings.Contains(msgs[0], "43") {
		t.Fatalf("answers: slack %+v, discord %q; want one each, answering 43", posts, msgs)
	}

	// 2. The fact is retracted from the command line while factdesk is stopped.
	var out, errOut bytes.Buffer
	cli := &Main{Config: m.Config, Stdout: &out, Stderr: &errOut, Logger: m.Logger}
	if code := cli.Run(context.Background(), []string{"kb", "retract", "--db", path, signedStatement, "--reason", "The UN's list has 45 signatories."}); code != 0 {
		t.Fatalf("kb retract = %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "each of the 2 conversations") {
		t.Errorf("kb retract says %q, want that 2 conversations will be told", out.String())
	}

	// 3. The next factdesk posts the corrections, one in each conversation.
	second := startServing(t, m, path)
	eventually(t, "a correction in each conversation", func() bool {
		return len(slackAPI.Posts()) == 2 && len(discordAPI.Messages()) == 2
	})
	eventually(t, "both corrections recorded as sent", func() bool {
		list, _ := second.kb.Corrections(context.Background(), facts.CorrectionFilter{Status: facts.CorrectionSent})
		return len(list) == 2
	})
	second.stop(t)

	p := slackAPI.Posts()[1]
	if p.Get("channel") != "C0POLITICS" || p.Get("thread_ts") != "1717408800.000100" {
		t.Errorf("Slack correction in %q thread %q, want the answer's thread", p.Get("channel"), p.Get("thread_ts"))
	}
	for _, want := range []string{"Correction", "backed by 43 countries", "The UN's list has 45 signatories", "Wire report"} {
		if !strings.Contains(p.Get("text")+p.Get("blocks"), want) {
			t.Errorf("Slack correction lacks %q: %s", want, p.Get("blocks"))
		}
	}
	var sent struct {
		Reference struct {
			MessageID string `json:"message_id"`
		} `json:"message_reference"`
	}
	msg := discordAPI.Messages()[1]
	if err := json.Unmarshal([]byte(msg), &sent); err != nil || sent.Reference.MessageID != "900000000000000001" {
		t.Errorf("Discord correction %s, want a reply to the answer 900000000000000001", msg)
	}
	for _, want := range []string{"Correction", "backed by 43 countries", "The UN's list has 45 signatories"} {
		if !strings.Contains(msg, want) {
			t.Errorf("Discord correction lacks %q: %s", want, msg)
		}
	}

	// 4. Listed as sent, each once; nothing more was posted.
	out.Reset()
	if code := cli.Run(context.Background(), []string{"kb", "corrections", "--db", path, "--json"}); code != 0 {
		t.Fatalf("kb corrections = %d: %s", code, errOut.String())
	}
	var listed struct {
		Corrections []facts.Correction `json:"corrections"`
		Counts      map[string]int     `json:"counts"`
	}
	if err := json.Unmarshal(out.Bytes(), &listed); err != nil {
		t.Fatalf("kb corrections --json: %v: %s", err, out.String())
	}
	if listed.Counts["sent"] != 2 || len(listed.Corrections) != 2 || listed.Corrections[0].Attempts != 1 || listed.Corrections[1].Attempts != 1 {
		t.Errorf("kb corrections = %+v, want 2 sent, at the first attempt each", listed)
	}
	if len(slackAPI.Posts()) != 2 || len(discordAPI.Messages()) != 2 {
		t.Errorf("posts: slack %d, discord %d; want 2 each (an answer and a correction)", len(slackAPI.Posts()), len(discordAPI.Messages()))
	}
}
