package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// A session is an editor signed in from a browser. Its id, sent back in a
// cookie, is kept only as its hash; its CSRF token is kept as it is, since the
// page must read it again after a reload, and is worth nothing without the
// cookie.

// DefaultSessionTTL is how long a sign-in lasts when serve is not told otherwise:
// a working day.
const DefaultSessionTTL = 12 * time.Hour

// SignIn exchanges an editor's token for a new session lasting ttl and returns
// it with its id, the secret the browser keeps in a cookie. Expired sessions
// are cleared on the way. It returns what EditorByToken returns for a bad or
// withdrawn token.
func (kb *KB) SignIn(ctx context.Context, token string, ttl time.Duration) (facts.Session, string, error) {
	if ttl <= 0 {
		ttl = DefaultSessionTTL
	}
	ed, err := kb.EditorByToken(ctx, token)
	if err != nil {
		return facts.Session{}, "", err
	}
	id, err := newSecret()
	if err != nil {
		return facts.Session{}, "", err
	}
	csrf, err := newSecret()
	if err != nil {
		return facts.Session{}, "", err
	}
	now := kb.Now().UTC()
	s := facts.Session{Editor: ed.Name, CSRFToken: csrf, CreatedAt: now.Format(time.RFC3339), ExpiresAt: now.Add(ttl).Format(time.RFC3339)}
	tx, err := kb.db.BeginTx(ctx, nil)
	if err != nil {
		return facts.Session{}, "", fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE expires_at <= ?`, s.CreatedAt); err != nil {
		return facts.Session{}, "", fmt.Errorf("clear expired sessions: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO sessions (id_hash, editor, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)`,
		hashSecret(id), s.Editor, s.CSRFToken, s.CreatedAt, s.ExpiresAt); err != nil {
		return facts.Session{}, "", fmt.Errorf("new session: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return facts.Session{}, "", fmt.Errorf("commit: %w", err)
	}
	return s, id, nil
}

// Session returns the live session whose id is id. It returns EUNAUTHORIZED
// for an id that names no session (forged, signed out, or its editor removed)
// or one that has expired.
func (kb *KB) Session(ctx context.Context, id string) (facts.Session, error) {
	if id == "" || len(id) > 200 {
		return facts.Session{}, errNoSession
	}
	var s facts.Session
	var removedAt string
	err := kb.db.QueryRowContext(ctx, `SELECT s.editor, s.csrf_token, s.created_at, s.expires_at, e.removed_at
		FROM sessions s JOIN editors e ON e.name = s.editor WHERE s.id_hash = ?`, hashSecret(id)).
		Scan(&s.Editor, &s.CSRFToken, &s.CreatedAt, &s.ExpiresAt, &removedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return facts.Session{}, errNoSession
	}
	if err != nil {
		return facts.Session{}, fmt.Errorf("session: %w", err)
	}
	if removedAt != "" {
		return facts.Session{}, errNoSession
	}
	exp, err := time.Parse(time.RFC3339, s.ExpiresAt)
	if err != nil || !kb.Now().Before(exp) {
		return facts.Session{}, facts.Errorf(facts.EUNAUTHORIZED, "Your sign-in has expired. Sign in again with your editor token.")
	}
	return s, nil
}

// SignOut ends the session whose id is id; ending one that is already gone is
// no error.
func (kb *KB) SignOut(ctx context.Context, id string) error {
	if _, err := kb.db.ExecContext(ctx, `DELETE FROM sessions WHERE id_hash = ?`, hashSecret(id)); err != nil {
		return fmt.Errorf("sign out: %w", err)
	}
	return nil
}

var errNoSession = facts.Errorf(facts.EUNAUTHORIZED, "You are not signed in. Sign in with your editor token.")
