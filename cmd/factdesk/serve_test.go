package main

import (
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"context"
	"io"
	"log/slog"
	"net"
	"strings"
	"testing"
)

// testKB opens a knowledge base with the bundled stories in a temporary folder.
func testKB(t *testing.T) *sqlite.KB {
	t.Helper()
	return sqlitetest.Open(t)
}

// testListener listens on a free loopback port.
func testListener(t *testing.T) net.Listener {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	return ln
}

func serveForTest(t *testing.T, cfg Config) string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	kb, ln := testKB(t), testListener(t)
	m := &Main{Config: cfg, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	done := make(chan error, 1)
	go func() { done <- m.Serve(ctx, kb, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// TestServe_BadSettings: a setting serve cannot use stops it at start, with an
// error naming the setting.
func TestServe_BadSettings(t *testing.T) {
	for _, tt := range []struct {
		cfg     Config
		setting string
	}{
		{Config{DiscordPublicKey: "not-a-key"}, "DISCORD_PUBLIC_KEY"},
		{Config{RateLimit: "lots"}, "FACTDESK_RATE_LIMIT"},
		{Config{HTTPRate: "lots"}, "FACTDESK_HTTP_RATE"},
	} {
		m := &Main{Config: tt.cfg, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
		if err := m.Serve(context.Background(), testKB(t), testListener(t)); err == nil || !strings.Contains(err.Error(), tt.setting) {
			t.Errorf("Serve = %v, want an error naming %s", err, tt.setting)
		}
	}
}
