package main

import (
	"context"
	"fmt"
	"net/http"
	"sync"

	"github.com/factdesk/factdesk/adapters/discord"
	"github.com/factdesk/factdesk/bot"
)

// startDiscord starts the Discord surfaces whose settings are present: the HTTP
// interactions endpoint on mux when DISCORD_PUBLIC_KEY is set, and the gateway bot
// when DISCORD_BOT_TOKEN is set, which runs until ctx is done or stop is called.
// stop returns once the gateway has disconnected and answers already promised
// have been sent.
// Each answer it posts in a channel for everyone is recorded in deliveries, so
// that corrections can follow.
func (m *Main) startDiscord(ctx context.Context, b *bot.Bot, mux *http.ServeMux, deliveries bot.Deliveries) (stop func(), err error) {
	c := m.Config
	if c.DiscordPublicKey == "" && c.DiscordBotToken == "" {
		return func() {}, nil
	}
	d, err := discord.New(b, discord.Config{
		Token:      c.DiscordBotToken,
		AppID:      c.DiscordAppID,
		PublicKey:  c.DiscordPublicKey,
		GuildID:    c.DiscordGuildID,
		Logger:     m.Logger,
		HTTPClient: m.HTTPClient,
		Deliveries: deliveries,
	})
	if err != nil {
		return nil, usageErrorf("discord: %v", err)
	}
	if c.DiscordPublicKey != "" {
		d.Register(mux)
		m.Logger.Info("discord interactions endpoint mounted", "path", "/discord/interactions")
	}
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	if c.DiscordBotToken != "" {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := d.Run(ctx); err != nil {
				m.Logger.Error("discord gateway stopped", "err", fmt.Errorf("%w (check DISCORD_BOT_TOKEN and that the Message Content intent is on in the developer portal)", err))
			}
		}()
	}
	return func() { cancel(); wg.Wait(); d.Wait() }, nil
}
