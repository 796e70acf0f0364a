package http_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	httpapi "github.com/factdesk/factdesk/adapters/http"
	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

// testEditorCheck stands in for the editors' sign-in: "Bearer editor" is
// the editor ana, "Bearer reader" someone who may not, anything else nobody.
func testEditorCheck(r *http.Request) (facts.Actor, error) {
	switch r.Header.Get("Authorization") {
	case "Bearer editor":
		return facts.Actor{Name: "ana", Surface: "http"}, nil
	case "Bearer reader":
		return facts.Actor{}, facts.Errorf(facts.EFORBIDDEN, "Not an editor.")
	}
	return facts.Actor{}, facts.Errorf(facts.EUNAUTHORIZED, "Sign in.")
}

// serveGaps serves the API with the list of unanswered questions, recording
// the ask API's in the knowledge base; check nil leaves the editor check unset.
func serveGaps(t *testing.T, check httpapi.EditorCheck) *httptest.Server {
	t.Helper()
	kb := sqlitetest.Open(t)
	s := httpapi.New(kb, slog.New(slog.NewTextHandler(io.Discard, nil)))
	s.EnableGaps(kb, bot.NewGapLog(kb, bot.GapLogOptions{})) // synchronous: recorded before the answer returns
	if check != nil {
		s.UseEditorCheck(check)
	}
	mux := http.NewServeMux()
	s.Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func call(t *testing.T, method, url, auth string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, body
}

func askAPI(t *testing.T, srv *httptest.Server, q string) {
	t.Helper()
	if res, body := call(t, "GET", srv.URL+"/api/v1/ask?q="+url.QueryEscape(q), ""); res.StatusCode != http.StatusOK {
		t.Fatalf("ask %q: %d %s", q, res.StatusCode, body)
	}
}

func TestServer_Gaps(t *testing.T) {
	srv := serveGaps(t, testEditorCheck)
	askAPI(t, srv, "How many people died in the camps?")
	askAPI(t, srv, "how many people died in the camps")
	askAPI(t, srv, "Who signed the statement?") // answered: not recorded
	askAPI(t, srv, "What is the capital of Australia?")

	t.Run("Shape", func(t *testing.T) {
		res, body := call(t, "GET", srv.URL+"/api/v1/gaps?since=7d", "Bearer editor")
		if res.StatusCode != http.StatusOK || !strings.HasPrefix(res.Header.Get("Content-Type"), "application/json") || res.Header.Get("Cache-Control") != "no-store" {
			t.Fatalf("status %d, %s, cache %q: %s", res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("Cache-Control"), body)
		}
		var raw struct {
			Groups []map[string]json.RawMessage `json:"groups"`
		}
		if err := json.Unmarshal(body, &raw); err != nil || len(raw.Groups) != 2 {
			t.Fatalf("groups: %v\n%s", err, body)
		}
		for _, field := range []string{"key", "question", "count", "last_asked", "surfaces", "nearest"} {
			if _, ok := raw.Groups[0][field]; !ok {
				t.Errorf("a group lacks %q: %s", field, body)
			}
		}
		var list facts.GapList
		if err := json.Unmarshal(body, &list); err != nil {
			t.Fatal(err)
		}
		g := list.Groups[0]
		if g.Key != "camp-die-peopl" || g.Count != 2 || !slices.Equal(g.Surfaces, []string{"http"}) || len(g.Askers) != 0 {
			t.Errorf("first group %+v", g)
		}
		if len(g.Nearest) == 0 || g.Nearest[0].ID == "" || g.Nearest[0].Statement == "" {
			t.Errorf("nearest %+v, want facts with id and statement", g.Nearest)
		}
		if list.Groups[1].Nearest == nil {
			t.Errorf("no nearest facts must be [], not null: %s", body)
		}
	})
	t.Run("Since", func(t *testing.T) {
		res, body := call(t, "GET", srv.URL+"/api/v1/gaps?since=2999-01-01", "Bearer editor")
		if res.StatusCode != http.StatusOK || !strings.Contains(string(body), `"groups":[]`) {
			t.Errorf("nothing since: %d %s", res.StatusCode, body)
		}
		for _, q := range []string{"since=yesterday", "limit=0", "limit=x", "all=maybe"} {
			if res, body := call(t, "GET", srv.URL+"/api/v1/gaps?"+q, "Bearer editor"); res.StatusCode != http.StatusBadRequest {
				t.Errorf("%s: %d %s, want 400", q, res.StatusCode, body)
			}
		}
	})
	t.Run("EditorsOnly", func(t *testing.T) {
		for _, rt := range []struct{ method, path string }{{"GET", "/api/v1/gaps"}, {"POST", "/api/v1/gaps/australia-capit/dismiss"}} {
			for auth, want := range map[string]int{"": http.StatusUnauthorized, "Bearer forged": http.StatusUnauthorized, "Bearer reader": http.StatusForbidden} {
				if res, body := call(t, rt.method, srv.URL+rt.path, auth); res.StatusCode != want {
					t.Errorf("%s %s with %q: %d %s, want %d", rt.method, rt.path, auth, res.StatusCode, body, want)
				}
			}
		}
		// Nothing was dismissed by those.
		var list facts.GapList
		_, body := call(t, "GET", srv.URL+"/api/v1/gaps", "Bearer editor")
		if json.Unmarshal(body, &list); len(list.Groups) != 2 {
			t.Errorf("after refused dismissals: %s", body)
		}
	})
	t.Run("Dismiss", func(t *testing.T) {
		res, body := call(t, "POST", srv.URL+"/api/v1/gaps/australia-capit/dismiss", "Bearer editor")
		var out struct {
			Dismissed facts.GapGroup `json:"dismissed"`
		}
		if res.StatusCode != http.StatusOK || json.Unmarshal(body, &out) != nil || out.Dismissed.Key != "australia-capit" {
			t.Fatalf("dismiss: %d %s", res.StatusCode, body)
		}
		_, body = call(t, "GET", srv.URL+"/api/v1/gaps", "Bearer editor")
		if strings.Contains(string(body), "australia") {
			t.Errorf("dismissed, still listed: %s", body)
		}
		_, body = call(t, "GET", srv.URL+"/api/v1/gaps?all=1", "Bearer editor")
		if !strings.Contains(string(body), `"dismissed_at"`) {
			t.Errorf("all=1 lacks the dismissed group: %s", body)
		}
		if res, body := call(t, "POST", srv.URL+"/api/v1/gaps/australia-capit/dismiss", "Bearer editor"); res.StatusCode != http.StatusBadRequest {
			t.Errorf("dismissed twice: %d %s, want 400", res.StatusCode, body)
		}
		if res, body := call(t, "POST", srv.URL+"/api/v1/gaps/no-such-key/dismiss", "Bearer editor"); res.StatusCode != http.StatusNotFound {
			t.Errorf("unknown key: %d %s, want 404", res.StatusCode, body)
		}
		// Asked again: open again.
		askAPI(t, srv, "What's the capital of Australia?")
		_, body = call(t, "GET", srv.URL+"/api/v1/gaps", "Bearer editor")
		if !strings.Contains(string(body), `"question":"What's the capital of Australia?","count":1`) {
			t.Errorf("asked again after dismissal, not reopened: %s", body)
		}
	})
}

// TestServer_GapsWithoutSignIn: until the editors' sign-in is set, nobody
// reads or dismisses the list.
func TestServer_GapsWithoutSignIn(t *testing.T) {
	srv := serveGaps(t, nil)
	askAPI(t, srv, "What is the capital of Australia?")
	for _, rt := range []struct{ method, path string }{{"GET", "/api/v1/gaps"}, {"POST", "/api/v1/gaps/australia-capit/dismiss"}} {
		res, body := call(t, rt.method, srv.URL+rt.path, "Bearer editor")
		if res.StatusCode != http.StatusUnauthorized || strings.Contains(string(body), "Australia") {
			t.Errorf("%s %s: %d %s, want 401 showing nothing", rt.method, rt.path, res.StatusCode, body)
		}
	}
}
