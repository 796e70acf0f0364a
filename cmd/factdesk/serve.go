package main

import (
	"github.com/factdesk/factdesk/facts/sqlite"

	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
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
	addr := fs.String("addr", "", "listen on `ADDR`, host:port (default $FACTDESK_ADDR, else :8080)")
	if _, err := parseFlags(fs, args); err != nil {
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
	// A question after a change should not wait for the read model's save.
	kb.SaveModelInBackground = true
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return usageErrorf("cannot listen on %s: %v", *addr, err)
	}
	return m.Serve(ctx, kb, ln)
}

// Serve serves HTTP on ln and starts every chat surface whose settings are present,
// until ctx is done; then it finishes requests in flight and returns. At start it
// logs the knowledge base it serves, what is on and each setting that looks wrong.
func (m *Main) Serve(ctx context.Context, kb *sqlite.KB, ln net.Listener) error {
	limit, err := bot.ParseRateLimit(m.Config.RateLimit)
	if err != nil {
		return usageErrorf("FACTDESK_RATE_LIMIT: %v", err)
	}
	clients, err := m.Config.clientLimits()
	if err != nil {
		return err
	}
	if err := m.logKB(ctx, kb); err != nil {
		return err
	}
	m.logSettings()
	b := bot.New(kb, m.Config.Editors, m.Logger)
	b.LimitRate(limit)
	// One scheduler for every surface: questions and checks wait in lanes of
	// their own, a bounded number of each, and each person has a small share.
	sched := bot.NewScheduler(bot.DefaultSchedulerOptions())
	b.Schedule(sched)
	b.EnableCuration(kb) // flag for everyone; retract, approve, pending for FACTDESK_EDITORS
	// Questions nobody could answer, from chat and the ask API, for kb gaps:
	// queued, so recording never slows an answer, and written out by Close,
	// deferred here so that it runs after the surfaces have stopped.
	gaps := bot.NewGapLog(kb, bot.GapLogOptions{LogAskers: m.Config.LogAskers, Queue: bot.DefaultGapQueue, Logger: m.Logger})
	defer gaps.Close()
	b.RecordGaps(gaps)
	mux := http.NewServeMux()
	api := httpapi.New(kb, m.Logger)
	api.Schedule(sched)
	api.EnableGaps(kb, gaps)
	// The editors' desk: browsing for everyone; curating for editors signed in
	// with a token from factdesk editor add.
	api.EnableDesk(kb, kb, httpapi.DeskOptions{SessionTTL: m.Config.SessionTTL, TrustForwardedProto: m.Config.TrustForwardedProto})
	m.logDesk(ctx, kb)
	api.Register(mux)

	m.Logger.Info("http api limits per client", describeClientLimits(clients, m.Config.HTTPRate)...)
	// Every request runs under a deadline; an API client over its share gets
	// 429 before its body is read; an oversized body gets 413 on every route.
	handler := httpapi.LimitClients(httpapi.Deadline(httpapi.LimitBodies(mux, httpapi.MaxBody), httpapi.RequestTimeout), clients)
	srv := &http.Server{
		Handler:           handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       15 * time.Second,
		WriteTimeout:      30 * time.Second,
		IdleTimeout:       120 * time.Second,
	}
	// Corrections of retracted and superseded facts, posted where the answers
	// citing them went (corrections.go); started first, so that it is stopped
	// after the surfaces that record those answers.
	defer m.startCorrections(ctx, kb)()
	stopDiscord, discordErr := m.startDiscord(ctx, b, mux, kb)
	if discordErr != nil {
		return discordErr
	}
	defer stopDiscord()
	stopSlack := m.startSlack(ctx, b, mux, kb)
	defer stopSlack()
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	m.Logger.Info("serving", "addr", ln.Addr().String(), "db", absPath(kb.Path()))
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

// logKB logs the knowledge base being served: its absolute path, and its stories
// and facts counted, so a wrong --db shows at once.
func (m *Main) logKB(ctx context.Context, kb *sqlite.KB) error {
	stories, err := kb.Stories(ctx)
	if err != nil {
		return fmt.Errorf("serve: %w", err)
	}
	var all, approved, pending int
	for _, s := range stories {
		all, approved, pending = all+s.Facts, approved+s.Approved, pending+s.Pending
	}
	m.Logger.Info("knowledge base", "path", absPath(kb.Path()), "stories", len(stories), "facts", all,
		"approved", approved, "pending", pending, "retracted", all-approved-pending)
	return nil
}

// logSettings says which settings serve runs with: where they were read from,
// which chat surfaces are on and why the others are off, how many editors each
// platform has, and a warning for each setting that looks wrong.
func (m *Main) logSettings() {
	c := m.Config
	if c.EnvFile != "" {
		m.Logger.Info("settings read", "from", "the environment, then "+c.EnvFile)
	}
	var slack, discord []string
	if c.SlackSigningSecret != "" {
		slack = append(slack, "webhooks")
	}
	if c.SlackAppToken != "" {
		slack = append(slack, "socket mode")
	}
	if c.DiscordPublicKey != "" {
		discord = append(discord, "interactions endpoint")
	}
	if c.DiscordBotToken != "" {
		discord = append(discord, "gateway")
	}
	on := func(parts []string, off string) string {
		if len(parts) == 0 {
			return off
		}
		return strings.Join(parts, " and ")
	}
	editors := map[string]int{}
	for _, e := range c.Editors {
		platform, _, _ := strings.Cut(e, ":")
		editors[platform]++
	}
	m.Logger.Info("chat surfaces",
		"slack", on(slack, "off (set SLACK_SIGNING_SECRET or SLACK_APP_TOKEN)"),
		"discord", on(discord, "off (set DISCORD_BOT_TOKEN or DISCORD_PUBLIC_KEY)"),
		"slack_editors", editors["slack"], "discord_editors", editors["discord"])
	for _, w := range c.Warnings {
		m.Logger.Warn("setting ignored or suspect", "problem", w)
	}
	if editors["slack"] > 0 && len(slack) == 0 {
		m.Logger.Warn("setting ignored or suspect", "problem", "FACTDESK_EDITORS names Slack editors but Slack is off")
	}
	if editors["discord"] > 0 && len(discord) == 0 {
		m.Logger.Warn("setting ignored or suspect", "problem", "FACTDESK_EDITORS names Discord editors but Discord is off")
	}
	if c.LogAskers {
		m.Logger.Info("who asked each unanswered question is recorded", "setting", "FACTDESK_LOG_ASKERS")
	}
	if len(c.Editors) == 0 {
		m.Logger.Info("no editors: curation from chat (retract, approve, pending) is refused to everyone", "setting", "FACTDESK_EDITORS")
	}
}
