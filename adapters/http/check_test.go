package http_test

import (
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode/utf8"

	httpapi "github.com/factdesk/factdesk/adapters/http"
	"github.com/factdesk/factdesk/facts"
)

// MustServe serves the API and page over a fresh knowledge base with the
// bundled stories, as `factdesk serve` does on a fresh clone.
func MustServe(tb testing.TB) *httptest.Server {
	tb.Helper()
	kb := sqlitetest.Open(tb)
	mux := http.NewServeMux()
	httpapi.New(kb, slog.New(slog.NewTextHandler(io.Discard, nil))).Register(mux)
	srv := httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	return srv
}

const wrongCount = "A coalition of 45 countries denounced China's human rights record at the United Nations on Thursday."

func post(t *testing.T, srv *httptest.Server, contentType string, body io.Reader) (*http.Response, []byte) {
	t.Helper()
	res, err := http.Post(srv.URL+"/api/v1/check", contentType, body)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, data
}

func TestServer_Check(t *testing.T) {
	srv := MustServe(t)
	jsonBody, _ := json.Marshal(map[string]string{"text": wrongCount})
	tests := []struct {
		name        string
		contentType string
		body        string
	}{
		{"PlainText", "text/plain; charset=utf-8", wrongCount},
		{"JSON", "application/json", string(jsonBody)},
		{"JSONWithoutContentType", "", string(jsonBody)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, data := post(t, srv, tt.contentType, strings.NewReader(tt.body))
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %s", res.StatusCode, data)
			}
			if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type = %q", ct)
			}
			var got facts.CheckResult
			if err := json.Unmarshal(data, &got); err != nil {
				t.Fatalf("not the check object: %v\n%s", err, data)
			}
			if len(got.Findings) != 1 || got.Checked < 1 {
				t.Fatalf("got %+v, want one finding", got)
			}
			f := got.Findings[0]
			if f.Kind != "number" || f.Text != "45 countries" || f.Start != 15 || f.End != 27 || f.Expected != "43 countries" || f.FactID == "" || f.Source == nil {
				t.Errorf("finding = %+v", f)
			}
		})
	}
}

func TestServer_Check_BadInput(t *testing.T) {
	srv := MustServe(t)
	tests := []struct {
		name        string
		contentType string
		body        string
		status      int
	}{
		{"Empty", "text/plain", "", http.StatusBadRequest},
		{"Blank", "text/plain", "  \n ", http.StatusBadRequest},
		{"EmptyJSONText", "application/json", `{"text": ""}`, http.StatusBadRequest},
		{"Binary", "application/octet-stream", "\x00\x01\x02\xff\xfe", http.StatusBadRequest},
		{"BadJSON", "application/json", `{"text": `, http.StatusBadRequest},
		{"UnknownJSONField", "application/json", `{"txt": "43 countries"}`, http.StatusBadRequest},
		{"OverLimitText", "text/plain", strings.Repeat("a", facts.MaxDraftLen+1), http.StatusRequestEntityTooLarge},
		{"OverLimitBody", "text/plain", strings.Repeat("a", 3*facts.MaxDraftLen), http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, data := post(t, srv, tt.contentType, strings.NewReader(tt.body))
			if res.StatusCode != tt.status {
				t.Fatalf("status %d, want %d: %s", res.StatusCode, tt.status, data)
			}
			var e struct{ Error, Code string }
			if err := json.Unmarshal(data, &e); err != nil || e.Error == "" {
				t.Errorf("error body %q lacks a message", data)
			}
		})
	}
}

func TestServer_Ask(t *testing.T) {
	srv := MustServe(t)
	res, err := http.Get(srv.URL + "/api/v1/ask?q=" + "How+many+countries+backed+China%3F")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("status %d", res.StatusCode)
	}
	var ans facts.Answer
	if err := json.NewDecoder(res.Body).Decode(&ans); err != nil {
		t.Fatal(err)
	}
	if !ans.Found || !strings.Contains(ans.Answer, "62") || len(ans.Facts) == 0 || ans.Facts[0].Source.Title == "" {
		t.Errorf("answer = %+v", ans)
	}
}

func TestServer_Page(t *testing.T) {
	srv := MustServe(t)
	tests := []struct {
		path, contentType, contains string
	}{
		{"/", "text/html", `<label for="draft">`},
		{"/static/app.js", "javascript", "/api/v1/check"},
		{"/static/style.css", "text/css", "@media"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			res, err := http.Get(srv.URL + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			defer res.Body.Close()
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != http.StatusOK {
				t.Fatalf("status %d", res.StatusCode)
			}
			if ct := res.Header.Get("Content-Type"); !strings.Contains(ct, tt.contentType) {
				t.Errorf("Content-Type = %q, want %s", ct, tt.contentType)
			}
			if res.Header.Get("Content-Security-Policy") == "" {
				t.Error("no Content-Security-Policy")
			}
			if !strings.Contains(string(body), tt.contains) {
				t.Errorf("body lacks %q", tt.contains)
			}
		})
	}
	res, err := http.Get(srv.URL + "/no-such-page")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusNotFound {
		t.Errorf("unknown path: status %d, want 404", res.StatusCode)
	}
}

// TestServer_Check_EscapedJSON: the passage limit counts the passage, not the
// JSON that carries it (issue 16). A Cyrillic passage within 128 KiB sent
// with every letter \u-escaped (three times its size) is checked; one over
// the limit gets 413 naming the passage limit, however it is escaped.
func TestServer_Check_EscapedJSON(t *testing.T) {
	srv := MustServe(t)
	escaped := func(runes int) (string, int) {
		var b strings.Builder
		b.WriteString(`{"text": "`)
		n := 0
		for i := range runes {
			r := 'а' + rune(i%32) // а..я: two bytes each in UTF-8
			if i%8 == 7 {
				r = ' '
			}
			fmt.Fprintf(&b, `\u%04x`, r)
			n += utf8.RuneLen(r)
		}
		b.WriteString(`"}`)
		return b.String(), n
	}
	within, n := escaped(69000)
	if n > facts.MaxDraftLen || len(within) < 3*facts.MaxDraftLen {
		t.Fatalf("test passage: %d bytes decoded in a %d-byte body; want at most %d in over %d", n, len(within), facts.MaxDraftLen, 3*facts.MaxDraftLen)
	}
	res, data := post(t, srv, "application/json", strings.NewReader(within))
	if res.StatusCode != http.StatusOK {
		t.Fatalf("a %d-byte passage in a %d-byte escaped body: status %d: %.300s", n, len(within), res.StatusCode, data)
	}
	var got facts.CheckResult
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("not the check object: %v", err)
	}
	over, n := escaped(76000)
	if n <= facts.MaxDraftLen {
		t.Fatalf("test passage: %d bytes, want over %d", n, facts.MaxDraftLen)
	}
	res, data = post(t, srv, "application/json", strings.NewReader(over))
	var e struct{ Error, Code string }
	if res.StatusCode != http.StatusRequestEntityTooLarge || json.Unmarshal(data, &e) != nil || !strings.Contains(e.Error, fmt.Sprint(facts.MaxDraftLen)) {
		t.Errorf("a %d-byte passage: status %d, %s; want 413 naming the %d-byte limit", n, res.StatusCode, data, facts.MaxDraftLen)
	}
}
