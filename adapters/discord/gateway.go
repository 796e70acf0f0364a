package discord

import (
	"context"
	"errors"
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// intents are the gateway events the bot asks for: servers, messages in them, and
// direct messages. Message Content is a privileged intent: it must also be switched
// on in the developer portal, or Discord refuses the connection (and without it,
// message text would arrive empty).
const intents = discordgo.IntentsGuilds |
	discordgo.IntentsGuildMessages |
	discordgo.IntentsDirectMessages |
	discordgo.IntentMessageContent

// Run connects the gateway bot, registers /fact, and answers until ctx is done;
// then it disconnects and waits for deferred answers in flight.
func (a *Adapter) Run(ctx context.Context) error {
	if a.session.Token == "" {
		return errors.New("discord gateway: DISCORD_BOT_TOKEN is not set")
	}
	a.setContext(ctx)
	if err := a.session.Open(); err != nil {
		return fmt.Errorf("discord gateway: connect: %w", err)
	}
	a.logger.Info("discord gateway connected", "user", selfID(a.session))
	if err := a.RegisterCommands(ctx); err != nil {
		// Messages still work without /fact, so this is no reason to stop.
		a.logger.Error("registering /fact failed", "err", err)
	}
	<-ctx.Done()
	err := a.session.Close()
	a.Wait()
	if err != nil {
		return fmt.Errorf("discord gateway: disconnect: %w", err)
	}
	a.logger.Info("discord gateway stopped")
	return nil
}

// RegisterCommands replaces the application's commands with /fact in one bulk
// overwrite, so a renamed or removed subcommand does not linger. It registers in
// DISCORD_GUILD_ID when set, where changes show at once, and globally otherwise,
// where Discord may take a while to show them.
func (a *Adapter) RegisterCommands(ctx context.Context) error {
	appID := a.appID
	if appID == "" {
		appID = a.readyAppID()
	}
	if appID == "" {
		return errors.New("no application id: set DISCORD_APP_ID")
	}
	cmds := applicationCommands(a.bot)
	if _, err := a.session.ApplicationCommandBulkOverwrite(appID, a.guildID, cmds, discordgo.WithContext(ctx)); err != nil {
		where := "globally"
		if a.guildID != "" {
			where = "in guild " + a.guildID
		}
		return fmt.Errorf("register /fact %s for application %s: %w", where, appID, err)
	}
	a.logger.Info("registered /fact", "application", appID, "guild", a.guildID)
	return nil
}

// readyAppID is the application id the gateway announced when it connected.
func (a *Adapter) readyAppID() string {
	st := a.session.State
	if st == nil {
		return ""
	}
	st.RLock()
	defer st.RUnlock()
	if st.Application != nil {
		return st.Application.ID
	}
	return ""
}
