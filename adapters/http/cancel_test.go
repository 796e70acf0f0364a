package http_test

import (
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	httpapi "github.com/factdesk/factdesk/adapters/http"
	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

// TestServer_ClientGone: a request whose client has hung up is not an internal
// error: no 500, nothing logged as an error.
func TestServer_ClientGone(t *testing.T) {
	kb := sqlitetest.Open(t)
	var logs bytes.Buffer
	mux := http.NewServeMux()
	httpapi.New(kb, slog.New(slog.NewTextHandler(&logs, nil))).Register(mux)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, r := range []*http.Request{
		httptest.NewRequestWithContext(ctx, "GET", "/api/v1/ask?q=who+signed+the+statement", nil),
		httptest.NewRequestWithContext(ctx, "POST", "/api/v1/check", strings.NewReader("A coalition of 45 countries denounced China.")),
	} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, r)
		if rec.Code == http.StatusInternalServerError {
			t.Errorf("%s %s: 500 for a client that hung up", r.Method, r.URL.Path)
		}
	}
	if strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("logged as an error:\n%s", logs.String())
	}
}

// gatedEngine is a real knowledge base whose checks wait, before starting,
// until the test opens the gate or the request's context ends, and report how
// the engine's work ended.
type gatedEngine struct {
	*sqlite.KB
	reached chan struct{}
	gate    chan struct{}
	ended   chan error
}

func newGatedEngine(t *testing.T) *gatedEngine {
	g := &gatedEngine{KB: sqlitetest.Open(t), reached: make(chan struct{}, 8), gate: make(chan struct{}), ended: make(chan error, 8)}
	t.Cleanup(func() {
		select {
		case <-g.gate:
		default:
			close(g.gate)
		}
	})
	return g
}

func (g *gatedEngine) Check(ctx context.Context, text string, opt facts.CheckOptions) (facts.CheckResult, error) {
	g.reached <- struct{}{}
	select {
	case <-g.gate:
	case <-ctx.Done():
	}
	res, err := g.KB.Check(ctx, text, opt)
	g.ended <- err
	return res, err
}

// TestServer_Deadline: a request whose deadline passes stops the engine's
// work, and the client hears why (503, "timeout") rather than an internal
// error; a check whose deadline passes while it waits for an engine slot
// never reaches the engine.
func TestServer_Deadline(t *testing.T) {
	g := newGatedEngine(t)
	var logs bytes.Buffer
	mux := http.NewServeMux()
	api := httpapi.New(g, slog.New(slog.NewTextHandler(&logs, nil)))
	sched := bot.NewScheduler(bot.SchedulerOptions{CostlySlots: 1, CostlyQueue: 4})
	api.Schedule(sched)
	api.Register(mux)
	srv := httptest.NewServer(httpapi.Deadline(mux, 200*time.Millisecond))
	defer srv.Close()
	post := func() (int, string) {
		t.Helper()
		resp, err := http.Post(srv.URL+"/api/v1/check", "text/plain", strings.NewReader(wrongCount))
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		var e struct{ Code string }
		json.NewDecoder(resp.Body).Decode(&e)
		return resp.StatusCode, e.Code
	}

	// The one slot for checks is taken: a check waits, and its deadline passes.
	release, err := sched.Acquire(context.Background(), bot.Costly, "")
	if err != nil {
		t.Fatal(err)
	}
	if status, code := post(); status != http.StatusServiceUnavailable || code != "timeout" {
		t.Errorf("a check whose deadline passed while it waited: %d %q, want 503 \"timeout\"", status, code)
	}
	release()
	select {
	case <-g.reached:
		t.Error("the check whose deadline passed while it waited reached the engine")
	default:
	}

	// A check that runs past its deadline: the engine's work stops.
	if status, code := post(); status != http.StatusServiceUnavailable || code != "timeout" {
		t.Errorf("a check running past its deadline: %d %q, want 503 \"timeout\"", status, code)
	}
	if err := <-g.ended; !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("the engine's work ended with %v, want it stopped by the deadline", err)
	}
	if strings.Contains(logs.String(), "level=ERROR") {
		t.Errorf("logged as an error:\n%s", logs.String())
	}
}

// TestServer_Busy: with the engine's place for checks taken and its queue
// full, one more check is refused at once with 503 and Retry-After, and a
// question is answered meanwhile: it never waits behind checks.
func TestServer_Busy(t *testing.T) {
	g := newGatedEngine(t)
	mux := http.NewServeMux()
	api := httpapi.New(g, slog.New(slog.NewTextHandler(io.Discard, nil)))
	api.Schedule(bot.NewScheduler(bot.SchedulerOptions{CheapSlots: 1, CostlySlots: 1, CostlyQueue: 1}))
	api.Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	statuses := make(chan int, 3)
	post := func() {
		resp, err := http.Post(srv.URL+"/api/v1/check", "text/plain", strings.NewReader(wrongCount))
		if err != nil {
			statuses <- 0
			return
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusServiceUnavailable && resp.Header.Get("Retry-After") == "" {
			statuses <- -1
			return
		}
		statuses <- resp.StatusCode
	}
	go post()
	<-g.reached
	go post()
	go post() // one of these two waits, the other finds the queue full
	if s := <-statuses; s != http.StatusServiceUnavailable {
		t.Errorf("a third check with one running and one waiting: %d, want 503 with Retry-After", s)
	}
	resp, err := http.Get(srv.URL + "/api/v1/ask?q=" + url.QueryEscape("How many countries signed the statement?"))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), "43") {
		t.Errorf("a question while checks run and wait: %d %.200s", resp.StatusCode, body)
	}
	close(g.gate)
	for range 2 {
		if s := <-statuses; s != http.StatusOK {
			t.Errorf("a check let through: %d", s)
		}
	}
}
