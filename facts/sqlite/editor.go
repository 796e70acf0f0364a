package sqlite

import (
	"github.com/factdesk/factdesk/facts"

	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
)

// Editors of the web desk sign in with a token printed once by AddEditor. The
// knowledge base keeps only each token's SHA-256 hash: a token is 32 random
// bytes, so its hash cannot be reversed or guessed, and a copy of the file (a
// backup) signs nobody in.

// tokenPrefix starts every editor token, so one pasted in the wrong place is
// recognised (by a secret scanner, or a person).
const tokenPrefix = "fdk_"

// newSecret returns 32 random bytes, URL-safe base64 encoded.
func newSecret() (string, error) {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("random: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// hashSecret is what the knowledge base keeps of a token or session id.
func hashSecret(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// AddEditor makes name an editor and returns their token, which is not kept
// and cannot be shown again. Adding an editor who was removed gives them a new
// token; adding one who is an editor now is refused (remove them first to
// replace a lost token). It returns EINVALID for a malformed or taken name.
func (kb *KB) AddEditor(ctx context.Context, actor facts.Actor, name string) (string, error) {
	name = strings.TrimSpace(name)
	if !facts.ValidEditorName(name) {
		return "", facts.Errorf(facts.EINVALID, "%q is not an editor name: use up to 64 letters, digits, '.', '_', '@' or '-', such as ana or ana.lopez@example.org.", name)
	}
	secret, err := newSecret()
	if err != nil {
		return "", err
	}
	token := tokenPrefix + secret
	tx, err := kb.db.BeginTx(ctx, nil)
	if err != nil {
		return "", fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	var removedAt string
	err = tx.QueryRowContext(ctx, `SELECT removed_at FROM editors WHERE name = ?`, name).Scan(&removedAt)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		_, err = tx.ExecContext(ctx, `INSERT INTO editors (name, token_hash, created_at, created_by) VALUES (?, ?, ?, ?)`,
			name, hashSecret(token), kb.stamp(), actorName(actor))
	case err != nil:
	case removedAt == "":
		return "", facts.Errorf(facts.EINVALID, "%s is already an editor. To give them a new token, remove them first (factdesk editor remove %s).", name, name)
	default:
		_, err = tx.ExecContext(ctx, `UPDATE editors SET token_hash = ?, created_at = ?, created_by = ?, last_seen = '', removed_at = '' WHERE name = ?`,
			hashSecret(token), kb.stamp(), actorName(actor), name)
	}
	if err != nil {
		return "", fmt.Errorf("add editor %s: %w", name, err)
	}
	if err := kb.historyTx(ctx, tx, actor, "create", "editor:"+name, "web desk editor added"); err != nil {
		return "", err
	}
	if err := tx.Commit(); err != nil {
		return "", fmt.Errorf("commit: %w", err)
	}
	return token, nil
}

// RemoveEditor takes away name's editor rights: their token is refused from
// now on and their sessions end at once. They stay listed as removed, since
// the history names them. It returns ENOTFOUND for someone who is no editor.
func (kb *KB) RemoveEditor(ctx context.Context, actor facts.Actor, name string) error {
	name = strings.TrimSpace(name)
	tx, err := kb.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer tx.Rollback()
	res, err := tx.ExecContext(ctx, `UPDATE editors SET removed_at = ? WHERE name = ? AND removed_at = ''`, kb.stamp(), name)
	if err != nil {
		return fmt.Errorf("remove editor %s: %w", name, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return facts.Errorf(facts.ENOTFOUND, "%q is not an editor (factdesk editor list shows them).", name)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM sessions WHERE editor = ?`, name); err != nil {
		return fmt.Errorf("end sessions of %s: %w", name, err)
	}
	if err := kb.historyTx(ctx, tx, actor, "delete", "editor:"+name, "web desk editor removed; sessions ended"); err != nil {
		return err
	}
	return tx.Commit()
}

// Editors lists the editors, by name; with removed, also those removed.
func (kb *KB) Editors(ctx context.Context, removed bool) ([]facts.Editor, error) {
	q := `SELECT name, created_at, created_by, last_seen, removed_at FROM editors`
	if !removed {
		q += ` WHERE removed_at = ''`
	}
	rows, err := kb.db.QueryContext(ctx, q+` ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("list editors: %w", err)
	}
	defer rows.Close()
	out := []facts.Editor{}
	for rows.Next() {
		var e facts.Editor
		if err := rows.Scan(&e.Name, &e.CreatedAt, &e.CreatedBy, &e.LastSeen, &e.RemovedAt); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// EditorByToken returns the editor a token belongs to. It returns
// EUNAUTHORIZED for a token that is no editor's (mistyped, forged, replaced)
// and EFORBIDDEN for the token of an editor who was removed.
func (kb *KB) EditorByToken(ctx context.Context, token string) (facts.Editor, error) {
	token = strings.TrimSpace(token)
	if !strings.HasPrefix(token, tokenPrefix) || len(token) > 200 {
		return facts.Editor{}, errBadToken
	}
	want := hashSecret(token)
	var e facts.Editor
	var stored string
	err := kb.db.QueryRowContext(ctx, `SELECT name, created_at, created_by, last_seen, removed_at, token_hash FROM editors WHERE token_hash = ?`, want).
		Scan(&e.Name, &e.CreatedAt, &e.CreatedBy, &e.LastSeen, &e.RemovedAt, &stored)
	if errors.Is(err, sql.ErrNoRows) {
		return facts.Editor{}, errBadToken
	}
	if err != nil {
		return facts.Editor{}, fmt.Errorf("editor by token: %w", err)
	}
	// The lookup is by the hash of a 256-bit secret, which tells an attacker
	// nothing they could use; the comparison is constant-time all the same.
	if subtle.ConstantTimeCompare([]byte(stored), []byte(want)) != 1 {
		return facts.Editor{}, errBadToken
	}
	if e.RemovedAt != "" {
		return facts.Editor{}, facts.Errorf(facts.EFORBIDDEN, "%s is no longer an editor.", e.Name)
	}
	now := kb.stamp()
	if _, err := kb.db.ExecContext(ctx, `UPDATE editors SET last_seen = ? WHERE name = ? AND last_seen < ?`, now, e.Name, now); err != nil {
		return facts.Editor{}, fmt.Errorf("editor seen: %w", err)
	}
	e.LastSeen = now
	return e, nil
}

var errBadToken = facts.Errorf(facts.EUNAUTHORIZED, "That is not an editor's token. Ask an admin for yours (factdesk editor add NAME prints it).")

// historyTx writes one history entry without values, for changes outside the
// facts (editors).
func (kb *KB) historyTx(ctx context.Context, tx *sql.Tx, actor facts.Actor, action, target, note string) error {
	if actor.Surface == "" {
		actor.Surface = "cli"
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO history (at, actor, surface, action, target, old, new, note) VALUES (?, ?, ?, ?, ?, '', '', ?)`,
		kb.stamp(), actorName(actor), actor.Surface, action, target, note)
	if err != nil {
		return fmt.Errorf("record history: %w", err)
	}
	return nil
}
