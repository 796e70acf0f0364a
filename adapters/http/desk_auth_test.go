package http_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	httpapi "github.com/factdesk/factdesk/adapters/http"
	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

const (
	riverton     = "riverton-transit-2024"
	pendingGrant = riverton + "/pending-grant"
	driversHired = riverton + "/drivers-hired"
)

// deskServer is the API with the desk and the list of unanswered questions
// over a real knowledge base (the bundled stories and Riverton's), with one
// editor, ana, whose token is token.
type deskServer struct {
	*httptest.Server
	kb    *sqlite.KB
	token string
}

func serveDesk(t *testing.T, opt httpapi.DeskOptions, tlsServer bool) *deskServer {
	t.Helper()
	kb := sqlitetest.Open(t, "../../facts/testdata/riverton-transit.yaml")
	token, err := kb.AddEditor(context.Background(), facts.Actor{Name: "admin"}, "ana")
	if err != nil {
		t.Fatal(err)
	}
	api := httpapi.New(kb, slog.New(slog.NewTextHandler(io.Discard, nil)))
	api.EnableGaps(kb, bot.NewGapLog(kb, bot.GapLogOptions{}))
	api.EnableDesk(kb, kb, opt)
	mux := http.NewServeMux()
	api.Register(mux)
	h := httpapi.LimitBodies(mux, httpapi.MaxBody)
	var srv *httptest.Server
	if tlsServer {
		srv = httptest.NewTLSServer(h)
	} else {
		srv = httptest.NewServer(h)
	}
	t.Cleanup(srv.Close)
	return &deskServer{srv, kb, token}
}

// creds are what a request carries: a cookie, a CSRF token, an
// Authorization header.
type creds struct {
	cookie, csrf, auth string
}

func (d *deskServer) do(t *testing.T, method, path string, body any, c creds, header ...string) (*http.Response, []byte) {
	t.Helper()
	var r io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		r = bytes.NewReader(b)
	}
	req, err := http.NewRequest(method, d.URL+path, r)
	if err != nil {
		t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.cookie != "" {
		req.AddCookie(&http.Cookie{Name: "factdesk_session", Value: c.cookie})
	}
	if c.csrf != "" {
		req.Header.Set("X-CSRF-Token", c.csrf)
	}
	if c.auth != "" {
		req.Header.Set("Authorization", c.auth)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := d.Client().Do(req)
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

// signIn signs in through the API as the page does and returns the session
// cookie and CSRF token.
func (d *deskServer) signIn(t *testing.T, token string, header ...string) (creds, *http.Cookie) {
	t.Helper()
	res, data := d.do(t, "POST", "/api/v1/session", map[string]string{"token": token}, creds{}, header...)
	if res.StatusCode != http.StatusOK {
		t.Fatalf("sign in: %d %s", res.StatusCode, data)
	}
	var s struct {
		Editor    string `json:"editor"`
		CSRFToken string `json:"csrf_token"`
	}
	if err := json.Unmarshal(data, &s); err != nil || s.Editor != "ana" || s.CSRFToken == "" {
		t.Fatalf("sign in: %s, %v", data, err)
	}
	for _, c := range res.Cookies() {
		if c.Name == "factdesk_session" {
			return creds{cookie: c.Value, csrf: s.CSRFToken}, c
		}
	}
	t.Fatalf("sign in set no session cookie: %v", res.Header["Set-Cookie"])
	return creds{}, nil
}

// routeCase is an editor-only route with a request that would change the
// knowledge base if it were let through.
type routeCase struct {
	httpapi.Route
	path string
	body any
}

// editorRoutes fills in every editor-only route the server lists.
func editorRoutes(t *testing.T, gapKey string) []routeCase {
	t.Helper()
	fill := map[string]routeCase{
		"GET /api/v1/review":                          {path: "/api/v1/review"},
		"PATCH /api/v1/facts/{story}/{fact}":          {path: "/api/v1/facts/" + pendingGrant, body: map[string]string{"statement": "The state will add a $12 million grant."}},
		"POST /api/v1/facts/{story}/{fact}/approve":   {path: "/api/v1/facts/" + pendingGrant + "/approve"},
		"POST /api/v1/facts/{story}/{fact}/retract":   {path: "/api/v1/facts/" + driversHired + "/retract", body: map[string]string{"reason": "Wrong figure."}},
		"POST /api/v1/facts/{story}/{fact}/supersede": {path: "/api/v1/facts/" + driversHired + "/supersede", body: map[string]any{"statement": "The authority will hire 58 drivers.", "approve": true}},
		"GET /api/v1/gaps":                            {path: "/api/v1/gaps?since=7d"},
		"POST /api/v1/gaps/{key}/dismiss":             {path: "/api/v1/gaps/" + gapKey + "/dismiss"},
	}
	var out []routeCase
	for _, rt := range httpapi.EditorRoutes() {
		c, ok := fill[rt.Method+" "+rt.Pattern]
		if !ok {
			t.Fatalf("editor-only route %s %s has no case here: add one", rt.Method, rt.Pattern)
		}
		c.Route = rt
		out = append(out, c)
	}
	if len(out) < len(fill) {
		t.Fatalf("the server lists %d editor-only routes, the test knows %d", len(out), len(fill))
	}
	return out
}

// TestDesk_EditorRoutesRefused hits every editor-only route with every kind of
// bad credentials: none answers anything but 401 or 403, and nothing changes.
// Then an editor, signed in or with their token, gets through.
func TestDesk_EditorRoutesRefused(t *testing.T) {
	ctx := context.Background()
	d := serveDesk(t, httpapi.DeskOptions{}, false)
	if res, body := d.do(t, "GET", "/api/v1/ask?q="+strings.ReplaceAll("How many people died in the camps?", " ", "+"), nil, creds{}); res.StatusCode != http.StatusOK {
		t.Fatalf("ask: %d %s", res.StatusCode, body)
	}
	gaps, err := d.kb.Gaps(ctx, facts.GapFilter{})
	if err != nil || len(gaps.Groups) != 1 {
		t.Fatalf("gaps = %+v, %v; want the question asked", gaps, err)
	}
	gapKey := gaps.Groups[0].Key

	live, _ := d.signIn(t, d.token)
	other, _ := d.signIn(t, d.token)
	signedOut, _ := d.signIn(t, d.token)
	if res, body := d.do(t, "DELETE", "/api/v1/session", nil, signedOut); res.StatusCode != http.StatusOK {
		t.Fatalf("sign out: %d %s", res.StatusCode, body)
	}
	// An expired session, made through another handle on the same file whose
	// clock is 13 hours behind.
	past, err := sqlite.Open(ctx, d.kb.Path())
	if err != nil {
		t.Fatal(err)
	}
	past.Now = func() time.Time { return time.Now().Add(-13 * time.Hour) }
	_, expiredID, err := past.SignIn(ctx, d.token, 12*time.Hour)
	past.Close()
	if err != nil {
		t.Fatal(err)
	}
	removed, err := d.kb.AddEditor(ctx, facts.Actor{Name: "admin"}, "bo")
	if err != nil {
		t.Fatal(err)
	}
	if err := d.kb.RemoveEditor(ctx, facts.Actor{Name: "admin"}, "bo"); err != nil {
		t.Fatal(err)
	}

	refusals := []struct {
		name   string
		creds  creds
		status int // for a state-changing request; reads may get 401/403 alike
		read   int // for a GET
	}{
		{"Missing", creds{}, 401, 401},
		{"ForgedCookie", creds{cookie: "Zm9yZ2VkLXNlc3Npb24taWQtdGhhdC1sb29rcy1yZWFsLWVub3VnaA", csrf: live.csrf}, 401, 401},
		{"CSRFAsCookie", creds{cookie: live.csrf, csrf: live.csrf}, 401, 401},
		{"ExpiredSession", creds{cookie: expiredID, csrf: live.csrf}, 401, 401},
		{"SignedOutSession", signedOut, 401, 401},
		{"ForgedBearer", creds{auth: "Bearer fdk_" + strings.Repeat("A", 43)}, 401, 401},
		{"BearerWithoutToken", creds{auth: "Bearer "}, 401, 401},
		{"BasicAuth", creds{auth: "Basic YW5hOnNlY3JldA=="}, 401, 401},
		{"SessionIDAsBearer", creds{auth: "Bearer " + live.cookie}, 401, 401},
		{"RemovedEditorToken", creds{auth: "Bearer " + removed}, 403, 403},
		{"MissingCSRF", creds{cookie: live.cookie}, 403, 0},
		{"WrongCSRF", creds{cookie: live.cookie, csrf: live.csrf + "x"}, 403, 0},
		{"OtherSessionsCSRF", creds{cookie: live.cookie, csrf: other.csrf}, 403, 0},
		{"TokenAsCSRF", creds{cookie: live.cookie, csrf: d.token}, 403, 0},
	}
	_, before, err := d.kb.Changes(ctx, sqlite.HistoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	routes := editorRoutes(t, gapKey)
	for _, rc := range routes {
		for _, ref := range refusals {
			want := ref.status
			if rc.Method == "GET" {
				want = ref.read
			}
			if want == 0 {
				continue // a read needs no CSRF token: below, it succeeds
			}
			t.Run(rc.Method+" "+rc.Pattern+"/"+ref.name, func(t *testing.T) {
				res, body := d.do(t, rc.Method, rc.path, rc.body, ref.creds)
				if res.StatusCode != want {
					t.Errorf("%d %s, want %d", res.StatusCode, body, want)
				}
				if want == 401 && !strings.HasPrefix(res.Header.Get("WWW-Authenticate"), "Bearer") {
					t.Errorf("401 without a WWW-Authenticate challenge")
				}
				if strings.Contains(string(body), "camps") || strings.Contains(string(body), "grant") {
					t.Errorf("a refusal shows data: %s", body)
				}
			})
		}
	}
	_, after, err := d.kb.Changes(ctx, sqlite.HistoryFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if after != before {
		t.Fatalf("refused requests changed the knowledge base: %d history entries, had %d", after, before)
	}
	if f, _ := d.kb.Fact(ctx, driversHired); f.Status != facts.StatusApproved {
		t.Fatalf("a refused retraction retracted: %s", f.Status)
	}
	if g, _ := d.kb.Gaps(ctx, facts.GapFilter{}); len(g.Groups) != 1 {
		t.Fatalf("a refused dismissal dismissed: %+v", g)
	}

	// The editor gets through: signed in with the CSRF token, or with the token.
	for i, rc := range routes {
		c := live
		if i%2 == 1 {
			c = creds{auth: "Bearer " + d.token}
		}
		res, body := d.do(t, rc.Method, rc.path, rc.body, c)
		if res.StatusCode >= 300 {
			t.Errorf("%s %s as the editor: %d %s", rc.Method, rc.path, res.StatusCode, body)
		}
	}
	if f, _ := d.kb.Fact(ctx, driversHired); f.Status != facts.StatusRetracted {
		t.Errorf("the editor's retraction: %s", f.Status)
	}
	hist, _ := d.kb.History(ctx, driversHired)
	if last := hist[len(hist)-1]; last.Actor != "ana" || last.Surface != "http" {
		t.Errorf("history names %q via %q, want ana via http", last.Actor, last.Surface)
	}
}

// TestDesk_Session: signing in sets a cookie only scripts cannot read, sent
// only to this site, Secure over HTTPS; signing out needs the CSRF token and
// ends the session.
func TestDesk_Session(t *testing.T) {
	t.Run("Cookie", func(t *testing.T) {
		d := serveDesk(t, httpapi.DeskOptions{SessionTTL: 2 * time.Hour}, false)
		_, c := d.signIn(t, d.token)
		if !c.HttpOnly || c.SameSite != http.SameSiteStrictMode || c.Secure || c.Path != "/" || c.MaxAge < 7100 || c.MaxAge > 7200 {
			t.Errorf("cookie = %+v, want HttpOnly, SameSite=Strict, not Secure over plain HTTP, Path=/, 2 hours", c)
		}
		if len(c.Value) < 40 || strings.Contains(c.Value, d.token) {
			t.Errorf("cookie value %q, want a fresh random id", c.Value)
		}
	})
	t.Run("SecureOverTLS", func(t *testing.T) {
		d := serveDesk(t, httpapi.DeskOptions{}, true)
		if _, c := d.signIn(t, d.token); !c.Secure {
			t.Errorf("cookie over TLS = %+v, want Secure", c)
		}
	})
	t.Run("ForwardedProto", func(t *testing.T) {
		trusting := serveDesk(t, httpapi.DeskOptions{TrustForwardedProto: true}, false)
		if _, c := trusting.signIn(t, trusting.token, "X-Forwarded-Proto", "https"); !c.Secure {
			t.Errorf("behind a trusted TLS proxy: cookie = %+v, want Secure", c)
		}
		if _, c := trusting.signIn(t, trusting.token, "X-Forwarded-Proto", "http"); c.Secure {
			t.Errorf("a trusted proxy saying http: cookie = %+v, want not Secure", c)
		}
		d := serveDesk(t, httpapi.DeskOptions{}, false)
		if _, c := d.signIn(t, d.token, "X-Forwarded-Proto", "https"); c.Secure {
			t.Errorf("an untrusted X-Forwarded-Proto was believed: %+v", c)
		}
	})
	t.Run("Refused", func(t *testing.T) {
		d := serveDesk(t, httpapi.DeskOptions{}, false)
		for _, tt := range []struct {
			name, body, contentType string
			status                  int
		}{
			{"WrongToken", `{"token": "fdk_wrong"}`, "application/json", 401},
			{"NoToken", `{"token": ""}`, "application/json", 400},
			{"NotJSON", "token=" + d.token, "application/x-www-form-urlencoded", 400},
			{"JSONAsText", `{"token": "` + d.token + `"}`, "text/plain", 400},
			{"UnknownField", `{"token": "` + d.token + `", "editor": "admin"}`, "application/json", 400},
		} {
			res, err := d.Client().Post(d.URL+"/api/v1/session", tt.contentType, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != tt.status || len(res.Cookies()) != 0 {
				t.Errorf("%s: %d with cookies %v, want %d and no cookie", tt.name, res.StatusCode, res.Cookies(), tt.status)
			}
		}
	})
	t.Run("GetAndSignOut", func(t *testing.T) {
		d := serveDesk(t, httpapi.DeskOptions{}, false)
		s, _ := d.signIn(t, d.token)
		res, body := d.do(t, "GET", "/api/v1/session", nil, creds{cookie: s.cookie})
		if res.StatusCode != 200 || !strings.Contains(string(body), s.csrf) || res.Header.Get("Cache-Control") != "no-store" {
			t.Errorf("GET session: %d %s (%s)", res.StatusCode, body, res.Header.Get("Cache-Control"))
		}
		if res, _ := d.do(t, "GET", "/api/v1/session", nil, creds{}); res.StatusCode != 401 {
			t.Errorf("GET session without a cookie: %d, want 401", res.StatusCode)
		}
		for _, bad := range []creds{{cookie: s.cookie}, {cookie: s.cookie, csrf: "nope"}} {
			if res, _ := d.do(t, "DELETE", "/api/v1/session", nil, bad); res.StatusCode != 403 {
				t.Errorf("sign out without the CSRF token: %d, want 403", res.StatusCode)
			}
		}
		if res, _ := d.do(t, "GET", "/api/v1/session", nil, creds{cookie: s.cookie}); res.StatusCode != 200 {
			t.Errorf("a refused sign-out ended the session: %d", res.StatusCode)
		}
		res, _ = d.do(t, "DELETE", "/api/v1/session", nil, s)
		if res.StatusCode != 200 {
			t.Fatalf("sign out: %d", res.StatusCode)
		}
		if cs := res.Cookies(); len(cs) != 1 || cs[0].MaxAge >= 0 {
			t.Errorf("sign out cookies %v, want the session cookie cleared", cs)
		}
		if res, _ := d.do(t, "GET", "/api/v1/session", nil, creds{cookie: s.cookie}); res.StatusCode != 401 {
			t.Errorf("after sign-out: %d, want 401", res.StatusCode)
		}
		if res, _ := d.do(t, "POST", "/api/v1/facts/"+pendingGrant+"/approve", nil, s); res.StatusCode != 401 {
			t.Errorf("curating after sign-out: %d, want 401", res.StatusCode)
		}
	})
	t.Run("EditorRemoved", func(t *testing.T) {
		d := serveDesk(t, httpapi.DeskOptions{}, false)
		s, _ := d.signIn(t, d.token)
		if err := d.kb.RemoveEditor(context.Background(), facts.Actor{Name: "admin"}, "ana"); err != nil {
			t.Fatal(err)
		}
		if res, _ := d.do(t, "POST", "/api/v1/facts/"+pendingGrant+"/approve", nil, s); res.StatusCode != 401 {
			t.Errorf("a removed editor's session: %d, want 401", res.StatusCode)
		}
		if res, _ := d.do(t, "POST", "/api/v1/session", map[string]string{"token": d.token}, creds{}); res.StatusCode != 403 {
			t.Errorf("a removed editor signing in: %d, want 403", res.StatusCode)
		}
	})
}

// TestDesk_Browse: stories, a story's facts, one fact with its history and a
// search are open to everyone, read-only.
func TestDesk_Browse(t *testing.T) {
	d := serveDesk(t, httpapi.DeskOptions{}, false)
	var stories struct {
		Stories []struct {
			ID                       string
			Facts, Approved, Pending int
			Retracted                int
		}
	}
	getJSON(t, d, "/api/v1/stories", &stories)
	found := false
	for _, s := range stories.Stories {
		if s.ID == riverton {
			found = true
			if s.Pending != 1 || s.Retracted != 1 || s.Approved+s.Pending+s.Retracted != s.Facts {
				t.Errorf("riverton counts = %+v, want 1 pending, 1 retracted", s)
			}
		}
	}
	if !found {
		t.Fatalf("stories = %+v, want riverton", stories)
	}
	var story struct {
		Story    facts.Story
		Counts   map[string]int
		Entities []facts.Entity
		Facts    []facts.FactView
	}
	getJSON(t, d, "/api/v1/stories/"+riverton, &story)
	if story.Story.ID != riverton || story.Counts["pending"] != 1 || len(story.Entities) == 0 || len(story.Facts) != story.Counts["approved"]+2 {
		t.Errorf("story = %+v", story)
	}
	var fact struct {
		Fact    facts.FactView
		History []struct {
			facts.Change
			Fields []facts.FieldChange
		}
	}
	getJSON(t, d, "/api/v1/facts/"+riverton+"/old-ridership", &fact)
	if fact.Fact.Status != "retracted" || fact.Fact.SupersededBy != riverton+"/ridership" || len(fact.History) == 0 ||
		fact.History[0].Action != "create" || len(fact.History[0].Fields) == 0 || fact.History[0].Fields[0].Field != "statement" {
		t.Errorf("fact = %+v", fact)
	}
	var found2 struct{ Facts []facts.FactView }
	getJSON(t, d, "/api/v1/search?q=blank+check", &found2)
	if len(found2.Facts) != 2 {
		t.Errorf("search = %+v, want the two blank-check facts", found2)
	}
	for _, path := range []string{"/api/v1/stories/nope", "/api/v1/facts/" + riverton + "/nope"} {
		if res, _ := d.do(t, "GET", path, nil, creds{}); res.StatusCode != 404 {
			t.Errorf("GET %s: %d, want 404", path, res.StatusCode)
		}
	}
}

func getJSON(t *testing.T, d *deskServer, path string, v any) {
	t.Helper()
	res, body := d.do(t, "GET", path, nil, creds{})
	if res.StatusCode != 200 {
		t.Fatalf("GET %s: %d %s", path, res.StatusCode, body)
	}
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("GET %s: %v\n%s", path, err, body)
	}
}

// TestDesk_Curate: an API client with an editor's token approves, edits,
// corrects and retracts, each refused with a clear error when the fact's
// state does not allow it.
func TestDesk_Curate(t *testing.T) {
	ctx := context.Background()
	d := serveDesk(t, httpapi.DeskOptions{}, false)
	ed := creds{auth: "Bearer " + d.token}
	step := func(method, path string, body any, want int) map[string]any {
		t.Helper()
		res, data := d.do(t, method, path, body, ed)
		if res.StatusCode != want {
			t.Fatalf("%s %s: %d %s, want %d", method, path, res.StatusCode, data, want)
		}
		var out map[string]any
		json.Unmarshal(data, &out)
		return out
	}
	step("PATCH", "/api/v1/facts/"+pendingGrant, map[string]any{"statement": "The state will add a $12 million grant to the plan.", "value": 12e6}, 200)
	step("PATCH", "/api/v1/facts/"+pendingGrant, map[string]any{"colour": "blue"}, 400)
	step("PATCH", "/api/v1/facts/"+driversHired, map[string]any{"statement": "x"}, 400)
	out := step("POST", "/api/v1/facts/"+pendingGrant+"/approve", nil, 200)
	if !strings.Contains(out["message"].(string), "answers questions now") {
		t.Errorf("approve said %q", out["message"])
	}
	if ans, _ := d.kb.Ask(ctx, "How much is the grant?", facts.AskOptions{}); !strings.Contains(ans.Answer, "$12 million") {
		t.Errorf("after approval: %q", ans.Answer)
	}
	step("POST", "/api/v1/facts/"+driversHired+"/retract", map[string]string{"reason": "  "}, 400)
	step("POST", "/api/v1/facts/"+driversHired+"/supersede", map[string]any{"statement": "The authority will hire 58 new bus drivers.", "value": 58, "id": "drivers-58"}, 201)
	step("POST", "/api/v1/facts/"+riverton+"/drivers-58/approve", nil, 200)
	if ans, _ := d.kb.Ask(ctx, "How many new bus drivers will the transit authority hire?", facts.AskOptions{}); !strings.Contains(ans.Answer, "58") {
		t.Errorf("after the correction: %q", ans.Answer)
	}
	step("POST", "/api/v1/facts/"+riverton+"/becker-quote/retract", map[string]string{"reason": "Misquoted."}, 200)
	step("POST", "/api/v1/facts/"+riverton+"/becker-quote/retract", map[string]string{"reason": "Again."}, 400)
	step("POST", "/api/v1/facts/"+riverton+"/nope/approve", nil, 404)
	rev := step("GET", "/api/v1/review", nil, 200)
	if p := rev["pending"].([]any); len(p) != 0 {
		t.Errorf("still pending: %v", p)
	}
}
