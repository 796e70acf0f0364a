package http_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/time/rate"

	httpapi "github.com/factdesk/factdesk/adapters/http"
)

// hiddenLength makes net/http send a body chunked, without a Content-Length.
type hiddenLength struct{ io.Reader }

func TestLimitBodies(t *testing.T) {
	var got string
	echo := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		got = string(b)
	})
	srv := httptest.NewServer(httpapi.LimitBodies(echo, 10))
	defer srv.Close()
	tests := []struct {
		name string
		body io.Reader
		want int
	}{
		{"AtLimit", strings.NewReader("0123456789"), http.StatusOK},
		{"AtLimitChunked", hiddenLength{strings.NewReader("0123456789")}, http.StatusOK},
		{"OverLimit", strings.NewReader("0123456789x"), http.StatusRequestEntityTooLarge},
		{"OverLimitChunked", hiddenLength{strings.NewReader("0123456789x")}, http.StatusRequestEntityTooLarge},
		{"Empty", nil, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got = ""
			resp, err := http.Post(srv.URL, "text/plain", tt.body)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != tt.want {
				t.Fatalf("status = %d, want %d", resp.StatusCode, tt.want)
			}
			if tt.want == http.StatusOK && tt.body != nil && got != "0123456789" {
				t.Errorf("the handler read %q, want the whole body", got)
			}
			if tt.want != http.StatusOK && got != "" {
				t.Errorf("the handler ran on an oversized body")
			}
		})
	}
}

// TestLimitClients: a client over its rate gets 429 with Retry-After, before
// the handler runs; another client has a bucket of its own (behind a trusted
// proxy, told apart by X-Forwarded-For); the health check and other routes
// outside the API are not counted. A client with as many requests in flight
// as it may gets 429 for one more, and is served again once one finishes.
func TestLimitClients(t *testing.T) {
	t.Run("Rate", func(t *testing.T) {
		served := 0
		h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { served++ })
		srv := httptest.NewServer(httpapi.LimitClients(h, httpapi.ClientLimits{Rate: rate.Every(time.Hour), Burst: 2, TrustForwardedFor: true}))
		defer srv.Close()
		get := func(path, client string) *http.Response {
			t.Helper()
			req, _ := http.NewRequest("GET", srv.URL+path, nil)
			req.Header.Set("X-Forwarded-For", "203.0.113.9, "+client)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			return resp
		}
		for i := range 2 {
			if resp := get("/api/v1/ask?q=x", "198.51.100.1"); resp.StatusCode != http.StatusOK {
				t.Fatalf("request %d within the burst: %d", i+1, resp.StatusCode)
			}
		}
		resp := get("/api/v1/ask?q=x", "198.51.100.1")
		if resp.StatusCode != http.StatusTooManyRequests {
			t.Fatalf("over the rate: %d, want 429", resp.StatusCode)
		}
		if secs, err := strconv.Atoi(resp.Header.Get("Retry-After")); err != nil || secs < 1 || secs > 3600 {
			t.Errorf("Retry-After = %q, want the seconds until a request is allowed", resp.Header.Get("Retry-After"))
		}
		if served != 2 {
			t.Errorf("the handler ran %d times, want 2", served)
		}
		if resp := get("/api/v1/ask?q=x", "198.51.100.2"); resp.StatusCode != http.StatusOK {
			t.Errorf("another client: %d, want 200", resp.StatusCode)
		}
		if resp := get("/healthz", "198.51.100.1"); resp.StatusCode != http.StatusOK {
			t.Errorf("the health check, for a client over its rate: %d, want 200", resp.StatusCode)
		}
	})
	t.Run("InFlight", func(t *testing.T) {
		gate, entered := make(chan struct{}), make(chan struct{}, 1)
		h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Query().Get("wait") != "" {
				entered <- struct{}{}
				<-gate
			}
		})
		srv := httptest.NewServer(httpapi.LimitClients(h, httpapi.ClientLimits{Concurrency: 1}))
		defer srv.Close()
		done := make(chan int)
		go func() {
			resp, err := http.Post(srv.URL+"/api/v1/check?wait=1", "text/plain", strings.NewReader("43 countries"))
			if err != nil {
				done <- 0
				return
			}
			resp.Body.Close()
			done <- resp.StatusCode
		}()
		<-entered
		resp, err := http.Post(srv.URL+"/api/v1/check", "text/plain", strings.NewReader("43 countries"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") == "" {
			t.Errorf("a second request in flight: %d (Retry-After %q), want 429 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"))
		}
		close(gate)
		if code := <-done; code != http.StatusOK {
			t.Errorf("the first request: %d", code)
		}
		resp, err = http.Post(srv.URL+"/api/v1/check", "text/plain", strings.NewReader("43 countries"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Errorf("once the first is done: %d, want 200", resp.StatusCode)
		}
	})
}
