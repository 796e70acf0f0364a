package discord

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

const signedFact = "un-xinjiang-2021/coalition-signed-statement"

// restCall is one request the Discord stand-in received.
type restCall struct {
	Method, Path, Auth string
	Body               string
}

// flakyDiscord stands in for Discord's REST API: it records every call, gives
// each posted message a new id, and answers the next calls with the failures
// queued in fail.
type flakyDiscord struct {
	*httptest.Server
	mu    sync.Mutex
	calls []restCall
	fail  []func(w http.ResponseWriter)
}

func newFlakyDiscord(t *testing.T) *flakyDiscord {
	f := &flakyDiscord{}
	f.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		f.mu.Lock()
		defer f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if len(f.fail) > 0 {
			fail := f.fail[0]
			f.fail = f.fail[1:]
			fail(w)
			return
		}
		f.calls = append(f.calls, restCall{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization"), Body: string(body)})
		fmt.Fprintf(w, `{"id":"msg-%d","channel_id":"c-1"}`, len(f.calls))
	}))
	t.Cleanup(f.Close)
	return f
}

func (f *flakyDiscord) Calls() []restCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]restCall(nil), f.calls...)
}

func (f *flakyDiscord) FailNext(fail ...func(w http.ResponseWriter)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail = append(f.fail, fail...)
}

func (f *flakyDiscord) Client() *http.Client {
	target, _ := url.Parse(f.URL)
	return &http.Client{Transport: rewriteHost{target: target}, Timeout: 10 * time.Second}
}

func tooManyRequests(w http.ResponseWriter) {
	w.Header().Set("Retry-After", "7")
	w.WriteHeader(http.StatusTooManyRequests)
	fmt.Fprint(w, `{"message":"You are being rate limited.","retry_after":7,"global":false}`)
}

func missingAccess(w http.ResponseWriter) {
	w.WriteHeader(http.StatusForbidden)
	fmt.Fprint(w, `{"message":"Missing Access","code":50001}`)
}

func serverError(w http.ResponseWriter) {
	w.WriteHeader(http.StatusInternalServerError)
	fmt.Fprint(w, `{"message":"500: Internal Server Error","code":0}`)
}

// sentMessage is the part of a posted message the tests read.
type sentMessage struct {
	Reference *struct {
		MessageID       string `json:"message_id"`
		ChannelID       string `json:"channel_id"`
		GuildID         string `json:"guild_id"`
		FailIfNotExists *bool  `json:"fail_if_not_exists"`
	} `json:"message_reference"`
	Nonce        string `json:"nonce"`
	EnforceNonce bool   `json:"enforce_nonce"`
	Embeds       []struct {
		Title       string `json:"title"`
		Description string `json:"description"`
		Fields      []struct {
			Name  string `json:"name"`
			Value string `json:"value"`
		} `json:"fields"`
	} `json:"embeds"`
}

func decodeSent(t *testing.T, c restCall) sentMessage {
	t.Helper()
	var m sentMessage
	if err := json.Unmarshal([]byte(c.Body), &m); err != nil {
		t.Fatalf("message body: %v: %s", err, c.Body)
	}
	return m
}

// TestCorrection_FollowsReply: an answer to !fact in a channel, the fact
// retracted, the correction as a reply to that answer, once.
func TestCorrection_FollowsReply(t *testing.T) {
	rest := newFlakyDiscord(t)
	kb := MustOpenKB(t)
	now := time.Date(2024, 6, 3, 10, 0, 0, 0, time.UTC)
	kb.kb.Now = func() time.Time { return now }
	a, err := New(bot.New(kb, nil, slog.New(slog.DiscardHandler)), Config{Token: "test-token", AppID: "app-1", HTTPClient: rest.Client(), Deliveries: kb.kb})
	if err != nil {
		t.Fatal(err)
	}
	a.session.State.User = &discordgo.User{ID: "bot-1", Username: "factdesk", Bot: true}
	a.handleMessage(context.Background(), a.session, messageCreate(&discordgo.User{ID: "u-1", Username: "reporter"}, "!fact who signed the statement?"))
	if calls := rest.Calls(); len(calls) != 1 {
		t.Fatalf("calls = %+v, want the answer", calls)
	}

	if _, err := kb.kb.Retract(context.Background(), facts.Actor{Name: "ana"}, signedFact, "The UN list has 45 signatories."); err != nil {
		t.Fatal(err)
	}
	poster, err := NewCorrectionPoster(Config{Token: "test-token", HTTPClient: rest.Client()})
	if err != nil {
		t.Fatal(err)
	}
	s := bot.NewSender(kb.kb, slog.New(slog.DiscardHandler), poster)
	if res, err := s.SendDue(context.Background()); err != nil || res.Sent != 1 {
		t.Fatalf("SendDue = %+v, %v; want one sent", res, err)
	}
	calls := rest.Calls()
	if len(calls) != 2 {
		t.Fatalf("calls = %+v, want the answer and the correction", calls)
	}
	c := calls[1]
	if c.Method != http.MethodPost || c.Path != api+"/channels/c-1/messages" || c.Auth != "Bot test-token" {
		t.Errorf("correction = %s %s (%s), want POST %s/channels/c-1/messages with the bot token", c.Method, c.Path, c.Auth, api)
	}
	m := decodeSent(t, c)
	if m.Reference == nil || m.Reference.MessageID != "msg-1" || m.Reference.ChannelID != "c-1" || m.Reference.GuildID != "g-1" ||
		m.Reference.FailIfNotExists == nil || *m.Reference.FailIfNotExists {
		t.Errorf("message_reference = %+v, want a reply to the answer msg-1 that still posts if it was deleted", m.Reference)
	}
	if m.Nonce == "" || !m.EnforceNonce {
		t.Errorf("nonce = %q, enforce = %v; want one Discord enforces, so a repeat posts nothing", m.Nonce, m.EnforceNonce)
	}
	if len(m.Embeds) != 1 || m.Embeds[0].Title != "Correction" || !strings.Contains(m.Embeds[0].Description, "backed by 43 countries") {
		t.Errorf("embeds = %+v, want a Correction quoting the old statement", m.Embeds)
	}
	if body := c.Body; !strings.Contains(body, "Retracted by ana") || !strings.Contains(body, "The UN list has 45 signatories.") {
		t.Errorf("correction does not say who and why: %s", body)
	}
	if res, _ := s.SendDue(context.Background()); res.Sent != 0 || len(rest.Calls()) != 2 {
		t.Errorf("second pass = %+v, want nothing posted again", res)
	}
}

// TestCorrection_InteractionAnswer: an answer to /fact, whose message id the
// response does not give, is corrected in its channel without a reply.
func TestCorrection_InteractionAnswer(t *testing.T) {
	rest := newFlakyDiscord(t)
	kb := MustOpenKB(t)
	key := newSigner(t)
	a, err := New(bot.New(kb, nil, slog.New(slog.DiscardHandler)), Config{PublicKey: hex.EncodeToString(key.pub), Patience: 10 * time.Second, Deliveries: kb.kb})
	if err != nil {
		t.Fatal(err)
	}
	w := serve(a, key.request(mustJSON(t, commandInteraction("ask", "question", "who signed the statement?")), time.Now()))
	if resp := decodeResponse(t, w); resp.Type != 4 || resp.Data.Flags != 0 {
		t.Fatalf("response = %+v, want a public answer", resp)
	}
	convs, err := kb.kb.Conversations(context.Background(), signedFact)
	if err != nil || len(convs) != 1 || convs[0] != (facts.Conversation{Platform: Platform, Workspace: "g-1", Channel: "c-1"}) {
		t.Fatalf("conversations = %+v, %v; want channel c-1", convs, err)
	}
	if _, err := kb.kb.Retract(context.Background(), facts.Actor{Name: "ana"}, signedFact, "wrong"); err != nil {
		t.Fatal(err)
	}
	poster, _ := NewCorrectionPoster(Config{Token: "test-token", HTTPClient: rest.Client()})
	if res, err := bot.NewSender(kb.kb, slog.New(slog.DiscardHandler), poster).SendDue(context.Background()); err != nil || res.Sent != 1 {
		t.Fatalf("SendDue = %+v, %v", res, err)
	}
	if m := decodeSent(t, rest.Calls()[0]); m.Reference != nil {
		t.Errorf("message_reference = %+v, want none: the answer's id is not known", m.Reference)
	}
}

func TestCorrectionPoster_Errors(t *testing.T) {
	rest := newFlakyDiscord(t)
	p, err := NewCorrectionPoster(Config{Token: "test-token", HTTPClient: rest.Client()})
	if err != nil {
		t.Fatal(err)
	}
	c := facts.Correction{ID: 1, Fact: signedFact, Kind: facts.CorrectionRetracted, Statement: "x", ReplyTo: "m-1",
		Conversation: facts.Conversation{Platform: Platform, Channel: "c-1"}}
	ctx := context.Background()

	rest.FailNext(tooManyRequests)
	var limited *bot.RateLimitedError
	if _, err := p.PostCorrection(ctx, c); !errors.As(err, &limited) || limited.RetryAfter != 7*time.Second {
		t.Errorf("429 = %v, want a rate limit of 7 s, not waited out", err)
	}
	rest.FailNext(missingAccess)
	var permanent *bot.PermanentError
	if _, err := p.PostCorrection(ctx, c); !errors.As(err, &permanent) {
		t.Errorf("403 = %v, want a permanent error", err)
	}
	rest.FailNext(serverError)
	if _, err := p.PostCorrection(ctx, c); err == nil || errors.As(err, &permanent) || errors.As(err, &limited) {
		t.Errorf("500 = %v, want an error to try again", err)
	}
	if id, err := p.PostCorrection(ctx, c); err != nil || id != "msg-1" {
		t.Errorf("post = %q, %v; want the message's id", id, err)
	}
	if _, err := NewCorrectionPoster(Config{}); err == nil {
		t.Error("a poster without a bot token was built")
	}
}
