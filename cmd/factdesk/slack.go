package main

import (
	"context"
	"fmt"
	"net/http"
	"sync"

	slackadapter "github.com/factdesk/factdesk/adapters/slack"
	"github.com/factdesk/factdesk/bot"
)

// startSlack starts the Slack surfaces whose settings are present: the webhooks
// (/slack/commands, /slack/events, /slack/interactions) on mux when
// SLACK_SIGNING_SECRET is set, and Socket Mode when SLACK_APP_TOKEN is set, which
// runs until ctx is done or stop is called. stop returns once Socket Mode has
// closed and answers promised after an acknowledgement have been delivered.
// Each answer it posts where others read it is recorded in deliveries, so that
// corrections can follow.
func (m *Main) startSlack(ctx context.Context, b *bot.Bot, mux *http.ServeMux, deliveries bot.Deliveries) (stop func()) {
	c := m.Config
	if c.SlackSigningSecret == "" && c.SlackAppToken == "" {
		return func() {}
	}
	logger := m.Logger.With("surface", "slack")
	s := slackadapter.New(b, slackadapter.Config{
		SigningSecret: c.SlackSigningSecret,
		BotToken:      c.SlackBotToken,
		AppToken:      c.SlackAppToken,
		HTTPClient:    m.HTTPClient,
		Deliveries:    deliveries,
	}, logger)
	if c.SlackSigningSecret != "" {
		s.Register(mux)
		logger.Info("slack webhooks mounted", "paths", "/slack/commands /slack/events /slack/interactions")
	}
	if c.SlackBotToken == "" {
		logger.Warn("SLACK_BOT_TOKEN is not set: /fact works, but @mentions cannot be answered")
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	if c.SlackAppToken != "" {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.RunSocketMode(ctx); err != nil {
				logger.Error("slack socket mode stopped", "err", fmt.Errorf("%w (check SLACK_APP_TOKEN: an xapp- token with connections:write, and Socket Mode on in the app settings)", err))
			}
		}()
	}
	return func() { cancel(); wg.Wait(); s.Wait() }
}
