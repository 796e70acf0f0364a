package main

import (
	"bufio"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	httpapi "github.com/factdesk/factdesk/adapters/http"
	"github.com/factdesk/factdesk/facts"
)

// serveAllSurfaces serves with the Slack webhooks and the Discord interactions
// endpoint mounted, so that every POST route exists.
func serveAllSurfaces(t *testing.T, cfg Config) string {
	t.Helper()
	pub, _, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg.SlackSigningSecret = testSlackSecret
	cfg.DiscordPublicKey = hex.EncodeToString(pub)
	return serveForTest(t, cfg)
}

var postRoutes = []string{"/api/v1/check", "/slack/commands", "/slack/events", "/slack/interactions", "/discord/interactions"}

// sizedReader hides its length from net/http, so the request is sent chunked,
// without a Content-Length, as a hostile client may.
type sizedReader struct{ io.Reader }

// TestServe_BodyLimit: a body over the limit gets 413 with a clear JSON error on
// every POST route, whether its size is declared or not.
func TestServe_BodyLimit(t *testing.T) {
	base := serveAllSurfaces(t, Config{})
	big := strings.Repeat("a", httpapi.MaxBody+1)
	for _, route := range postRoutes {
		for _, chunked := range []bool{false, true} {
			name := route + "/declared"
			var body io.Reader = strings.NewReader(big)
			if chunked {
				name, body = route+"/chunked", sizedReader{strings.NewReader(big)}
			}
			t.Run(name, func(t *testing.T) {
				resp, err := http.Post(base+route, "text/plain", body)
				if err != nil {
					t.Fatal(err)
				}
				defer resp.Body.Close()
				var e struct{ Error, Code string }
				if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
					t.Fatalf("status %d, body not JSON: %v", resp.StatusCode, err)
				}
				if resp.StatusCode != http.StatusRequestEntityTooLarge || e.Code != facts.ETOOLARGE || !strings.Contains(e.Error, "limit") {
					t.Errorf("got %d %+v, want 413 saying what the limit is", resp.StatusCode, e)
				}
			})
		}
	}
	// Under the server's cap, each route applies its own rules: an unsigned
	// webhook is still refused as unsigned, and a draft over the check's own
	// limit is still 413.
	for _, route := range postRoutes[1:] {
		resp, err := http.Post(base+route, "text/plain", strings.NewReader(strings.Repeat("a", 64<<10)))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusUnauthorized {
			t.Errorf("%s: unsigned 64 KB body = %d, want 401", route, resp.StatusCode)
		}
	}
	resp, err := http.Post(base+"/api/v1/check", "text/plain", sizedReader{strings.NewReader(strings.Repeat("word ", facts.MaxDraftLen/5+1))})
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Errorf("a draft over %d bytes, chunked = %d, want 413", facts.MaxDraftLen, resp.StatusCode)
	}
}

// TestServe_QuestionLimit: a question over facts.MaxQuestionLen is refused with a
// sentence saying what to do, not answered.
func TestServe_QuestionLimit(t *testing.T) {
	base := serveForTest(t, Config{})
	q := strings.Repeat("who signed ", facts.MaxQuestionLen/11+1)
	resp, err := http.Get(base + "/api/v1/ask?q=" + url.QueryEscape(q))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var e struct{ Error, Code string }
	json.NewDecoder(resp.Body).Decode(&e)
	if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(e.Error, "limit is 500") {
		t.Errorf("long question = %d %+v, want 413 naming the limit", resp.StatusCode, e)
	}
}

// TestServe_RateLimitOverSlack: FACTDESK_RATE_LIMIT reaches the chat surfaces;
// the request over it gets the polite reply in Slack's own format.
func TestServe_RateLimitOverSlack(t *testing.T) {
	base := serveForTest(t, Config{SlackSigningSecret: testSlackSecret, RateLimit: "2/hour"})
	for i := range 3 {
		status, body, _, err := slashCommand(http.DefaultClient, base, testSlackSecret, "who signed the statement?", "")
		if err != nil || status != http.StatusOK {
			t.Fatalf("command %d: %d %v", i+1, status, err)
		}
		limited := strings.Contains(body, "Please try again in")
		if limited != (i == 2) {
			t.Errorf("command %d: rate limited = %v, want %v: %.200s", i+1, limited, i == 2, body)
		}
	}
}

// TestServe_SlowLoris: a client that opens a connection and never finishes its
// headers is cut off by the server (ReadHeaderTimeout), instead of holding a
// connection forever. The deadline here only stops a broken test; it asserts no
// speed.
func TestServe_SlowLoris(t *testing.T) {
	t.Parallel()
	base := serveForTest(t, Config{})
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := io.WriteString(conn, "GET /healthz HTTP/1.1\r\nHost: factdesk\r\nX-Slow: "); err != nil {
		t.Fatal(err)
	}
	conn.SetReadDeadline(time.Now().Add(2 * time.Minute))
	// Keep trickling a byte now and then, as a slow-loris client does; the server
	// must close the connection anyway.
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-time.After(500 * time.Millisecond):
				if _, err := conn.Write([]byte("a")); err != nil {
					return
				}
			}
		}
	}()
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	var ne net.Error
	switch {
	case errors.As(err, &ne) && ne.Timeout():
		t.Fatal("the server kept a connection with unfinished headers open for two minutes")
	case err == nil:
		// Go's server may say why it hangs up; it must not serve the request.
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			t.Fatalf("a request with unfinished headers was served: %d", resp.StatusCode)
		}
	}
}

// TestServe_HTTPRate: FACTDESK_HTTP_RATE reaches the HTTP API: a client over
// it gets 429 with Retry-After and a clear JSON error, while the health check
// and the chat surfaces (limited per person instead) are not counted.
func TestServe_HTTPRate(t *testing.T) {
	base := serveForTest(t, Config{HTTPRate: "2/hour", SlackSigningSecret: testSlackSecret})
	ask := base + "/api/v1/ask?q=" + url.QueryEscape("who signed the statement?")
	for i := range 3 {
		resp, err := http.Get(ask)
		if err != nil {
			t.Fatal(err)
		}
		var e struct{ Error, Code string }
		json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		switch {
		case i < 2 && resp.StatusCode != http.StatusOK:
			t.Errorf("question %d within the rate: %d %+v", i+1, resp.StatusCode, e)
		case i == 2 && (resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" || !strings.Contains(e.Error, "try again in")):
			t.Errorf("question over the rate: %d (Retry-After %q) %+v, want 429 saying when to try again", resp.StatusCode, resp.Header.Get("Retry-After"), e)
		}
	}
	if resp, err := http.Get(base + "/healthz"); err != nil || resp.StatusCode != http.StatusOK {
		t.Errorf("health check from a client over its rate: %v %v", resp, err)
	}
	if status, body, _, err := slashCommand(http.DefaultClient, base, testSlackSecret, "who signed the statement?", ""); err != nil || status != http.StatusOK || !strings.Contains(body, "43") {
		t.Errorf("Slack, from the same address: %d %v %.200s", status, err, body)
	}
}
