package main

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/factdesk/factdesk/adapters/discord"
	slackadapter "github.com/factdesk/factdesk/adapters/slack"
	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
)

// minKeepDeliveries is the shortest FACTDESK_KEEP_DELIVERIES that makes sense:
// a correction should reach at least the day's conversations.
const minKeepDeliveries = 24 * time.Hour

// readCorrectionSettings reads FACTDESK_KEEP_DELIVERIES: a duration such as
// 90d, 12w or 720h, else the default with a warning.
func (c *Config) readCorrectionSettings(getenv func(string) string) {
	c.KeepDeliveries = facts.DefaultKeepDeliveries
	v := strings.TrimSpace(getenv("FACTDESK_KEEP_DELIVERIES"))
	if v == "" {
		return
	}
	d, err := parseDays(v)
	switch {
	case err != nil:
		c.Warnings = append(c.Warnings, fmt.Sprintf("FACTDESK_KEEP_DELIVERIES is %q, not a duration such as 90d, 12w or 720h; answers in chat are kept %s", v, days(facts.DefaultKeepDeliveries)))
	case d < minKeepDeliveries:
		c.Warnings = append(c.Warnings, fmt.Sprintf("FACTDESK_KEEP_DELIVERIES is %s: keep answers in chat at least a day; they are kept %s", v, days(facts.DefaultKeepDeliveries)))
	default:
		c.KeepDeliveries = d
	}
}

// parseDays reads a duration in days ("90d"), weeks ("12w") or Go's units ("720h").
func parseDays(s string) (time.Duration, error) {
	unit := map[byte]time.Duration{'d': 24 * time.Hour, 'w': 7 * 24 * time.Hour}[s[len(s)-1]]
	if unit == 0 {
		return time.ParseDuration(s)
	}
	n, err := strconv.ParseFloat(s[:len(s)-1], 64)
	if err != nil || n < 0 || n > 100*365 {
		return 0, fmt.Errorf("%q is not a number of days or weeks", s)
	}
	return time.Duration(n * float64(unit)), nil
}

// days writes a duration in whole days when it is some: "90 days".
func days(d time.Duration) string {
	if d%(24*time.Hour) == 0 {
		return fmt.Sprintf("%d days", d/(24*time.Hour))
	}
	return d.String()
}

// correctionPosters are the platforms whose bot tokens are set, each able to
// post corrections there.
func (m *Main) correctionPosters() []bot.Poster {
	var out []bot.Poster
	if m.Config.SlackBotToken != "" {
		if p, err := slackadapter.NewCorrectionPoster(slackadapter.Config{BotToken: m.Config.SlackBotToken, HTTPClient: m.HTTPClient}); err == nil {
			out = append(out, p)
		}
	}
	if m.Config.DiscordBotToken != "" {
		if p, err := discord.NewCorrectionPoster(discord.Config{Token: m.Config.DiscordBotToken, HTTPClient: m.HTTPClient}); err == nil {
			out = append(out, p)
		}
	}
	return out
}

// startCorrections starts the sender that posts queued corrections in the
// conversations that were told a fact since retracted or superseded, on each
// platform whose bot token is set, and prunes deliveries past their keeping.
// It logs what waits, and for which platform nothing can post. stop returns
// once the sender has finished the correction in hand.
func (m *Main) startCorrections(ctx context.Context, kb *sqlite.KB) (stop func()) {
	if m.Config.KeepDeliveries > 0 {
		kb.KeepDeliveries = m.Config.KeepDeliveries
	}
	logger := m.Logger.With("part", "corrections")
	s := bot.NewSender(kb, logger, m.correctionPosters()...)
	m.logCorrections(ctx, kb, s.Platforms())
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		s.Run(ctx)
	}()
	return func() { cancel(); wg.Wait() }
}

// logCorrections says, at serve's start, where corrections are posted, how
// long answers in chat are kept, and how many wait for a platform that has no
// bot token to post them with.
func (m *Main) logCorrections(ctx context.Context, kb *sqlite.KB, platforms []string) {
	on := "none (set SLACK_BOT_TOKEN or DISCORD_BOT_TOKEN)"
	if len(platforms) > 0 {
		on = strings.Join(platforms, " and ")
	}
	keep := kb.KeepDeliveries
	if keep <= 0 {
		keep = facts.DefaultKeepDeliveries
	}
	m.Logger.Info("corrections", "posted_on", on, "answers_kept", days(keep))
	pending, err := kb.Corrections(ctx, facts.CorrectionFilter{Status: facts.CorrectionPending})
	if err != nil {
		m.Logger.Error("corrections: cannot read the outbox", "err", err)
		return
	}
	waiting := map[string]int{}
	for _, c := range pending {
		if !slices.Contains(platforms, c.Conversation.Platform) {
			waiting[c.Conversation.Platform]++
		}
	}
	for platform, n := range waiting {
		m.Logger.Warn("corrections wait for a platform factdesk cannot post on", "platform", platform, "pending", n,
			"setting", strings.ToUpper(platform)+"_BOT_TOKEN")
	}
}
