package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
)

// TestEditor_Commands: editor add prints a token once, alone on stdout; the
// token signs in to the desk that serve runs; editor remove ends it at once.
func TestEditor_Commands(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "kb.db")
	mustRun(t, db, "", 0, "kb", "import", rivertonFile)

	out, errOut, code := run(t, db, "", "editor", "add", "ana")
	token := strings.TrimSpace(out)
	if code != 0 || !strings.HasPrefix(token, "fdk_") || strings.Contains(token, "\n") || !strings.Contains(errOut, "shown this once") {
		t.Fatalf("editor add: exit %d\nstdout %q\nstderr %q; want the token alone on stdout", code, out, errOut)
	}
	if out := mustRun(t, db, "", 2, "editor", "add", "ana"); !strings.Contains(out, "already an editor") {
		t.Errorf("adding twice: %s", out)
	}
	if out := mustRun(t, db, "", 2, "editor", "add", "not a name"); !strings.Contains(out, "not an editor name") {
		t.Errorf("a bad name: %s", out)
	}
	if out := mustRun(t, db, "", 0, "editor", "list"); !strings.Contains(out, "ana") || strings.Contains(out, token) {
		t.Errorf("editor list: %s", out)
	}
	mustRun(t, filepath.Join(t.TempDir(), "none.db"), "", 2, "editor", "add", "bo")

	// Serve the same knowledge base; sign in with the token; approve a fact.
	kb, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer kb.Close()
	srvCtx, cancel := context.WithCancel(ctx)
	ln := testListener(t)
	m := &Main{Config: ConfigFromEnv(envMap{"FACTDESK_SESSION_TTL": "2h"}.get), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	done := make(chan error, 1)
	go func() { done <- m.Serve(srvCtx, kb, ln) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	}()
	base := "http://" + ln.Addr().String()
	var res *http.Response
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		res, err = http.Post(base+"/api/v1/session", "application/json", strings.NewReader(`{"token": "`+token+`"}`))
		if err == nil || time.Now().After(deadline) {
			break
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	var sess struct {
		CSRFToken string `json:"csrf_token"`
		ExpiresAt string `json:"expires_at"`
	}
	json.NewDecoder(res.Body).Decode(&sess)
	res.Body.Close()
	cookies := res.Cookies()
	if res.StatusCode != 200 || len(cookies) != 1 || sess.CSRFToken == "" {
		t.Fatalf("sign in: %d %v %+v", res.StatusCode, cookies, sess)
	}
	if exp, _ := time.Parse(time.RFC3339, sess.ExpiresAt); time.Until(exp) > 2*time.Hour || time.Until(exp) < time.Hour {
		t.Errorf("session expires at %s, want FACTDESK_SESSION_TTL=2h from now", sess.ExpiresAt)
	}
	approve := func(id string) int {
		req, _ := http.NewRequest("POST", base+"/api/v1/facts/"+id+"/approve", nil)
		req.AddCookie(cookies[0])
		req.Header.Set("X-CSRF-Token", sess.CSRFToken)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if code := approve("riverton-transit-2024/pending-grant"); code != 200 {
		t.Fatalf("approve as ana: %d", code)
	}
	if out := mustRun(t, db, "", 0, "kb", "history", "riverton-transit-2024/pending-grant"); !strings.Contains(out, "ana") {
		t.Errorf("history does not name ana:\n%s", out)
	}

	// Removing ana ends her session at once.
	if out := mustRun(t, db, "", 0, "editor", "remove", "ana"); !strings.Contains(out, "no longer an editor") {
		t.Errorf("editor remove: %s", out)
	}
	if code := approve("riverton-transit-2024/drivers-hired"); code != 401 {
		t.Errorf("approve after removal: %d, want 401", code)
	}
	mustRun(t, db, "", 2, "editor", "remove", "ana")
	if out := mustRun(t, db, "", 0, "editor", "list"); !strings.Contains(out, "No editors") {
		t.Errorf("editor list after removal: %s", out)
	}
	var list struct{ Editors []facts.Editor }
	if err := json.Unmarshal([]byte(mustRun(t, db, "", 0, "editor", "list", "--all", "--json")), &list); err != nil || len(list.Editors) != 1 || list.Editors[0].RemovedAt == "" || list.Editors[0].LastSeen == "" {
		t.Errorf("editor list --all --json = %+v, %v", list, err)
	}
}

func TestConfig_DeskSettings(t *testing.T) {
	for _, tt := range []struct {
		env     envMap
		ttl     time.Duration
		trust   bool
		warning string
	}{
		{envMap{}, 12 * time.Hour, false, ""},
		{envMap{"FACTDESK_SESSION_TTL": "90m", "FACTDESK_TRUST_FORWARDED_PROTO": "1"}, 90 * time.Minute, true, ""},
		{envMap{"FACTDESK_SESSION_TTL": "a day"}, 12 * time.Hour, false, "FACTDESK_SESSION_TTL"},
		{envMap{"FACTDESK_SESSION_TTL": "1s"}, 12 * time.Hour, false, "between"},
		{envMap{"FACTDESK_TRUST_FORWARDED_PROTO": "yes"}, 12 * time.Hour, false, "FACTDESK_TRUST_FORWARDED_PROTO"},
	} {
		c := ConfigFromEnv(tt.env.get)
		warned := strings.Join(c.Warnings, "\n")
		if c.SessionTTL != tt.ttl || c.TrustForwardedProto != tt.trust || (tt.warning == "") != (warned == "") || !strings.Contains(warned, tt.warning) {
			t.Errorf("%v: ttl %s, trust %v, warnings %q; want %s, %v, a warning with %q", tt.env, c.SessionTTL, c.TrustForwardedProto, warned, tt.ttl, tt.trust, tt.warning)
		}
	}
}
