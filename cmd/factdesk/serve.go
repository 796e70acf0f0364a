package main

import (
	"github.com/factdesk/factdesk/facts/sqlite"

	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	httpapi "github.com/factdesk/factdesk/adapters/http"
	"github.com/factdesk/factdesk/bot"
)

// serveCmd is "factdesk serve".
type serveCmd struct{}

func (serveCmd) usage() usage {
	return usage{name: "serve", args: "[--db PATH] [--addr ADDR]",
		summary: "serve HTTP, Slack and Discord"}
}

func (c serveCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	addr := fs.String("addr", "", "address to listen on (default $FACTDESK_ADDR, else :8080)")
	if _, err := parseInterspersed(fs, args); err != nil {
		return err
	}
	if *addr == "" {
		*addr = m.Config.Addr
	}
	kb, err := m.openKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return usageErrorf("cannot listen on %s: %v", *addr, err)
	}
	return m.Serve(ctx, kb, ln)
}

// Serve serves HTTP on ln and starts every chat surface whose settings are present,
// until ctx is done; then it finishes requests in flight and returns.
func (m *Main) Serve(ctx context.Context, kb *sqlite.KB, ln net.Listener) error {
	limit, err := bot.ParseRateLimit(m.Config.RateLimit)
	if err != nil {
		return usageErrorf("FACTDESK_RATE_LIMIT: %v", err)
	}
	b := bot.New(kb, m.Config.Editors, m.Logger)
	b.LimitRate(limit)
	b.EnableCuration(kb) // flag for everyone; retract, approve, pending for FACTDESK_EDITORS
	mux := http.NewServeMux()
	httpapi.New(kb, m.Logger).Register(mux)

	srv := &http.Server{
		Handler:           httpapi.LimitBodies(mux, httpapi.MaxBody), // 413 on every route alike
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	stopDiscord, discordErr := m.startDiscord(ctx, b, mux)
	if discordErr != nil {
		return discordErr
	}
	defer stopDiscord()
	stopSlack := m.startSlack(ctx, b, mux)
	defer stopSlack()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	m.Logger.Info("serving", "addr", ln.Addr().String(), "db", kb.Path())
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("shutdown: %w", err)
	}
	m.Logger.Info("stopped")
	return nil
}
