package discord

import (
	"context"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/factdesk/factdesk/bot"
)

// followupWindow is how long an interaction token stays valid for follow-ups.
const followupWindow = 15 * time.Minute

// answer runs one /fact interaction and responds within Discord's three seconds.
// respond sends the initial response: over REST for gateway interactions, in the
// HTTP response for webhook ones. The reply normally comes from a local SQLite file
// well inside a.patience and is sent as the response itself (type 4); only when it
// is slower is the interaction deferred (type 5, "factdesk is thinking...") and the
// reply sent later through the interaction's webhook.
func (a *Adapter) answer(ctx context.Context, i *discordgo.Interaction, respond func(*discordgo.InteractionResponse) error) {
	req, err := a.interactionRequest(i)
	if err != nil {
		a.logger.Warn("interaction not understood", "interaction", i.ID, "err", err)
		msg := message{Content: "factdesk does not know this command. Try /fact help.", Ephemeral: true}
		if err := respond(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: responseData(msg)}); err != nil {
			a.logger.Error("interaction response failed", "interaction", i.ID, "err", err)
		}
		return
	}

	cmd := a.command(req.Command)

	// The work outlives an HTTP request that is answered with a deferral, so it
	// keeps ctx's values but not its cancellation, and has its own deadline,
	// well inside the token's life. It runs through the bot's scheduler like
	// every other surface's: a slot of its kind, or a clear "busy".
	work, cancel := context.WithTimeout(context.WithoutCancel(ctx), min(bot.WorkTimeout, followupWindow))
	done := make(chan bot.Reply, 1)
	go func() { done <- a.bot.Handle(work, req) }()

	timer := time.NewTimer(a.patience)
	defer timer.Stop()
	select {
	case rep := <-done:
		cancel()
		msg := interactionMessage(rep, cmd)
		resp := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: responseData(msg)}
		if err := respond(resp); err != nil {
			a.logger.Error("interaction response failed", "interaction", i.ID, "err", err)
			return
		}
		if !msg.Ephemeral {
			// The response carries no message id: a correction goes to the channel.
			a.recordDelivery(ctx, rep, i.GuildID, i.ChannelID, "")
		}
		return
	case <-timer.C:
	}

	// Discord decides who sees a deferred reply when it is deferred, so the
	// deferral is private for the commands whose replies are.
	deferPrivately := privateCommand(cmd)
	deferral := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
	if deferPrivately {
		deferral.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
	}
	if err := respond(deferral); err != nil {
		cancel()
		a.logger.Error("interaction deferral failed", "interaction", i.ID, "err", err)
		return
	}
	a.pending.Add(1)
	go func() {
		defer a.pending.Done()
		defer cancel()
		select {
		case rep := <-done:
			msg := interactionMessage(rep, cmd)
			if msg.Ephemeral && !deferPrivately {
				// Everyone saw "factdesk is thinking...", and the first follow-up
				// takes its place for everyone: it says only that the reply is
				// private, and the reply follows for the asker alone.
				a.followup(work, i, message{Content: "factdesk replied to this privately."})
			}
			if sent := a.followup(work, i, msg); sent != nil && !msg.Ephemeral {
				a.recordDelivery(work, rep, i.GuildID, i.ChannelID, sent.ID)
			}
		case <-work.Done():
			a.logger.Error("interaction answer too slow", "interaction", i.ID, "err", work.Err())
		}
	}()
}

// command is the bot command a /fact subcommand runs.
func (a *Adapter) command(name string) bot.Command {
	for _, c := range subcommands(a.bot) {
		if c.Name == name {
			return c
		}
	}
	return bot.Command{Name: name}
}

// interactionMessage renders a reply to /fact, shown to the asker alone when
// it is private.
func interactionMessage(rep bot.Reply, c bot.Command) message {
	msg := render(rep)
	msg.Ephemeral = private(rep, c)
	return msg
}

// private reports whether a reply to /fact is for the asker alone, as every
// /fact reply is on Slack: a draft's check (the draft is theirs until it is
// published), refusals and errors, help, and whatever a curation command
// says (a receipt, the review queue). Answers, facts and "not in the
// knowledge base" go to the channel the question was asked in.
func private(rep bot.Reply, c bot.Command) bool {
	switch rep.Kind {
	case bot.KindAnswer, bot.KindNotFound, bot.KindFact:
		return privateCommand(c)
	}
	return true
}

// privateCommand reports whether every reply to c is private, so that a slow
// one can be deferred privately: those the bot marks private (a check, help),
// and curation commands.
func privateCommand(c bot.Command) bool {
	return c.Private || c.EditorsOnly || !c.ReadOnly
}

// followup sends a deferred reply. Right after a deferral, Discord turns the first
// follow-up into an edit of the "thinking" message, so the asker sees one answer;
// it is private if the deferral was. Later follow-ups are private if msg is.
// It returns the message sent, nil when it failed.
func (a *Adapter) followup(ctx context.Context, i *discordgo.Interaction, msg message) *discordgo.Message {
	params := &discordgo.WebhookParams{
		Content:         msg.Content,
		Embeds:          msg.Embeds,
		AllowedMentions: noPings(),
	}
	if msg.Ephemeral {
		params.Flags = discordgo.MessageFlagsEphemeral
	}
	sent, err := a.session.FollowupMessageCreate(i, true, params, discordgo.WithContext(ctx))
	if err != nil {
		a.logger.Error("interaction follow-up failed", "interaction", i.ID, "err", err)
		return nil
	}
	return sent
}

func responseData(msg message) *discordgo.InteractionResponseData {
	d := &discordgo.InteractionResponseData{
		Content:         msg.Content,
		Embeds:          msg.Embeds,
		AllowedMentions: noPings(),
	}
	if msg.Ephemeral {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return d
}

// handleInteraction answers /fact interactions that arrive over the gateway (when
// no Interactions Endpoint URL is set in the developer portal). Other kinds, such
// as button clicks, are not factdesk's.
func (a *Adapter) handleInteraction(ctx context.Context, s *discordgo.Session, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil || ic.Type != discordgo.InteractionApplicationCommand {
		return
	}
	a.answer(ctx, ic.Interaction, func(resp *discordgo.InteractionResponse) error {
		return s.InteractionRespond(ic.Interaction, resp, discordgo.WithContext(ctx))
	})
}
