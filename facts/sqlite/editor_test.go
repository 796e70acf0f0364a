package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

func TestKB_AddEditor(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.OpenEmpty(t)
	admin := facts.Actor{Name: "root", Surface: "cli"}

	token, err := kb.AddEditor(ctx, admin, "ana")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(token, "fdk_") || len(token) < 40 {
		t.Errorf("token = %q, want fdk_ and 32 random bytes", token)
	}
	t.Run("TokenNotStored", func(t *testing.T) {
		// The file holds the token's hash, never the token.
		if raw := fileBytes(t, kb); strings.Contains(raw, token) || strings.Contains(raw, strings.TrimPrefix(token, "fdk_")) {
			t.Error("the token is stored in the knowledge base file")
		}
	})
	t.Run("ByToken", func(t *testing.T) {
		e, err := kb.EditorByToken(ctx, token)
		if err != nil || e.Name != "ana" || e.LastSeen == "" {
			t.Errorf("editor = %+v, %v; want ana, seen now", e, err)
		}
	})
	t.Run("ErrForged", func(t *testing.T) {
		for _, forged := range []string{"", "fdk_", token + "x", token[:len(token)-1], "Bearer " + token, strings.ToUpper(token)} {
			if _, err := kb.EditorByToken(ctx, forged); facts.ErrorCode(err) != facts.EUNAUTHORIZED {
				t.Errorf("token %q: err = %v, want unauthorized", forged, err)
			}
		}
	})
	t.Run("ErrTaken", func(t *testing.T) {
		if _, err := kb.AddEditor(ctx, admin, "ana"); facts.ErrorCode(err) != facts.EINVALID {
			t.Errorf("err = %v, want invalid", err)
		}
	})
	t.Run("ErrBadName", func(t *testing.T) {
		for _, name := range []string{"", " ", "-ana", "a b", strings.Repeat("a", 65), "ana;drop"} {
			if _, err := kb.AddEditor(ctx, admin, name); facts.ErrorCode(err) != facts.EINVALID {
				t.Errorf("name %q: err = %v, want invalid", name, err)
			}
		}
	})
	t.Run("RemoveAndAddAgain", func(t *testing.T) {
		if err := kb.RemoveEditor(ctx, admin, "ana"); err != nil {
			t.Fatal(err)
		}
		if _, err := kb.EditorByToken(ctx, token); facts.ErrorCode(err) != facts.EFORBIDDEN {
			t.Errorf("removed editor's token: err = %v, want forbidden", err)
		}
		if err := kb.RemoveEditor(ctx, admin, "ana"); facts.ErrorCode(err) != facts.ENOTFOUND {
			t.Errorf("removing twice: err = %v, want not found", err)
		}
		if list, _ := kb.Editors(ctx, false); len(list) != 0 {
			t.Errorf("editors = %+v, want none", list)
		}
		if list, _ := kb.Editors(ctx, true); len(list) != 1 || list[0].RemovedAt == "" {
			t.Errorf("editors with removed = %+v, want ana, removed", list)
		}
		again, err := kb.AddEditor(ctx, admin, "ana")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := kb.EditorByToken(ctx, token); facts.ErrorCode(err) != facts.EUNAUTHORIZED {
			t.Errorf("the old token after a new one: err = %v, want unauthorized", err)
		}
		if e, err := kb.EditorByToken(ctx, again); err != nil || e.Name != "ana" {
			t.Errorf("new token: %+v, %v", e, err)
		}
	})
	t.Run("History", func(t *testing.T) {
		hist, err := kb.History(ctx, "editor:ana")
		if err != nil || len(hist) != 3 || hist[0].Actor != "root" || hist[1].Action != "delete" {
			t.Errorf("history = %+v, %v; want added, removed, added by root", hist, err)
		}
	})
}

func TestKB_SignIn(t *testing.T) {
	ctx := context.Background()
	kb := sqlitetest.OpenEmpty(t)
	token, err := kb.AddEditor(ctx, facts.Actor{Name: "root"}, "ana")
	if err != nil {
		t.Fatal(err)
	}
	s, id, err := kb.SignIn(ctx, token, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if s.Editor != "ana" || len(s.CSRFToken) < 40 || id == "" || id == s.CSRFToken {
		t.Errorf("session = %+v, id %q", s, id)
	}
	t.Run("OK", func(t *testing.T) {
		got, err := kb.Session(ctx, id)
		if err != nil || got != s {
			t.Errorf("session = %+v, %v; want %+v", got, err, s)
		}
	})
	t.Run("IDNotStored", func(t *testing.T) {
		if strings.Contains(fileBytes(t, kb), id) {
			t.Error("the session id is stored in the knowledge base file")
		}
	})
	t.Run("ErrForged", func(t *testing.T) {
		for _, forged := range []string{"", id + "x", s.CSRFToken, token} {
			if _, err := kb.Session(ctx, forged); facts.ErrorCode(err) != facts.EUNAUTHORIZED {
				t.Errorf("session %q: err = %v, want unauthorized", forged, err)
			}
		}
	})
	t.Run("ErrBadToken", func(t *testing.T) {
		if _, _, err := kb.SignIn(ctx, "fdk_nope", time.Hour); facts.ErrorCode(err) != facts.EUNAUTHORIZED {
			t.Errorf("err = %v, want unauthorized", err)
		}
	})
	t.Run("ErrExpired", func(t *testing.T) {
		kb.Now = func() time.Time { return time.Now().Add(-2 * time.Hour) }
		_, old, err := kb.SignIn(ctx, token, time.Hour)
		kb.Now = time.Now
		if err != nil {
			t.Fatal(err)
		}
		if _, err := kb.Session(ctx, old); facts.ErrorCode(err) != facts.EUNAUTHORIZED || !strings.Contains(facts.ErrorMessage(err), "expired") {
			t.Errorf("expired session: err = %v, want unauthorized, expired", err)
		}
	})
	t.Run("SignOut", func(t *testing.T) {
		if err := kb.SignOut(ctx, id); err != nil {
			t.Fatal(err)
		}
		if _, err := kb.Session(ctx, id); facts.ErrorCode(err) != facts.EUNAUTHORIZED {
			t.Errorf("after sign-out: err = %v, want unauthorized", err)
		}
	})
	t.Run("RemovedEditor", func(t *testing.T) {
		_, id, err := kb.SignIn(ctx, token, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		if err := kb.RemoveEditor(ctx, facts.Actor{Name: "root"}, "ana"); err != nil {
			t.Fatal(err)
		}
		if _, err := kb.Session(ctx, id); facts.ErrorCode(err) != facts.EUNAUTHORIZED {
			t.Errorf("a removed editor's session: err = %v, want unauthorized", err)
		}
	})
	t.Run("SurvivesReopen", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "kb.db")
		kb1, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		tok, _ := kb1.AddEditor(ctx, facts.Actor{Name: "root"}, "bo")
		_, id, err := kb1.SignIn(ctx, tok, time.Hour)
		kb1.Close()
		if err != nil {
			t.Fatal(err)
		}
		kb2, err := sqlite.Open(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		defer kb2.Close()
		if s, err := kb2.Session(ctx, id); err != nil || s.Editor != "bo" {
			t.Errorf("after reopening: %+v, %v", s, err)
		}
	})
}

// fileBytes is everything the knowledge base wrote to disk: its file and its
// write-ahead log.
func fileBytes(t *testing.T, kb *sqlite.KB) string {
	t.Helper()
	var all []byte
	for _, p := range []string{kb.Path(), kb.Path() + "-wal"} {
		b, err := os.ReadFile(p)
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		all = append(all, b...)
	}
	return string(all)
}
