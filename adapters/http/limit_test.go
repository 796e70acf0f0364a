package http_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

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
