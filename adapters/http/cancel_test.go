package http_test

import (
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	httpapi "github.com/factdesk/factdesk/adapters/http"
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
