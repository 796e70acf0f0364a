package main

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/factdesk/factdesk/facts/sqlite"
)

// Settings of the web desk's sign-in, each with a warning when it cannot work.
const (
	minSessionTTL = 5 * time.Minute
	maxSessionTTL = 30 * 24 * time.Hour
)

// readDeskSettings reads FACTDESK_SESSION_TTL and FACTDESK_TRUST_FORWARDED_PROTO.
func (c *Config) readDeskSettings(getenv func(string) string) {
	c.SessionTTL = sqlite.DefaultSessionTTL
	if v := strings.TrimSpace(getenv("FACTDESK_SESSION_TTL")); v != "" {
		d, err := time.ParseDuration(v)
		switch {
		case err != nil:
			c.Warnings = append(c.Warnings, fmt.Sprintf("FACTDESK_SESSION_TTL is %q, not a duration such as 12h or 90m; sign-ins last %s", v, sqlite.DefaultSessionTTL))
		case d < minSessionTTL || d > maxSessionTTL:
			c.Warnings = append(c.Warnings, fmt.Sprintf("FACTDESK_SESSION_TTL is %s: keep it between %s and %s; sign-ins last %s", d, minSessionTTL, maxSessionTTL, sqlite.DefaultSessionTTL))
		default:
			c.SessionTTL = d
		}
	}
	c.TrustForwardedProto = c.onOff(getenv, "FACTDESK_TRUST_FORWARDED_PROTO", "X-Forwarded-Proto is not trusted")
}

// logDesk logs how the web desk signs editors in, at serve's start: how many
// editors it has (none: nobody can curate from the web), how long a sign-in
// lasts, and when the session cookie is marked Secure.
func (m *Main) logDesk(ctx context.Context, kb *sqlite.KB) {
	eds, err := kb.Editors(ctx, false)
	if err != nil {
		m.Logger.Error("web desk: cannot list editors", "err", err)
		return
	}
	secure := "over HTTPS only (set FACTDESK_TRUST_FORWARDED_PROTO=1 behind a TLS proxy)"
	if m.Config.TrustForwardedProto {
		secure = "over HTTPS, or when X-Forwarded-Proto says https"
	}
	m.Logger.Info("web desk", "editors", len(eds), "session_ttl", m.Config.SessionTTL.String(), "secure_cookie", secure)
	if len(eds) == 0 {
		m.Logger.Info("no web desk editors: curation on the editor's page is refused to everyone (add one with factdesk editor add NAME)")
	}
}
