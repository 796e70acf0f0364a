package discord

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

// trigger starts a channel message meant for factdesk: "!fact who signed?".
const trigger = "!fact"

// handleMessage answers a message addressed to factdesk ("!fact ...", an
// @mention, or anything in a direct message) with a reply to that message. It
// ignores its own messages and other bots', so two bots cannot talk each other
// into a loop.
func (a *Adapter) handleMessage(ctx context.Context, s *discordgo.Session, mc *discordgo.MessageCreate) {
	if mc == nil || mc.Message == nil {
		return
	}
	m := mc.Message
	self := selfID(s)
	if m.Author == nil || m.Author.Bot || m.Author.ID == self || m.WebhookID != "" {
		return
	}
	text, ok := commandText(m.Content, self, m.GuildID == "")
	if !ok {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, bot.WorkTimeout)
	defer cancel()
	rep := a.bot.Handle(ctx, bot.Request{
		Platform: Platform,
		UserID:   m.Author.ID,
		UserName: displayName(m.Author),
		Channel:  m.ChannelID,
		Text:     text,
		Syntax:   bot.Syntax{Prefix: trigger + " "},
	})
	msg := render(rep)
	sent, err := s.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
		Content:         msg.Content,
		Embeds:          msg.Embeds,
		Reference:       m.SoftReference(), // still answers if the question was deleted meanwhile
		AllowedMentions: noPings(),
	}, discordgo.WithContext(ctx))
	if err != nil {
		a.logger.Error("reply failed", "channel", m.ChannelID, "message", m.ID, "err", err)
		return
	}
	a.recordDelivery(ctx, rep, m.GuildID, m.ChannelID, sent.ID)
}

// recordDelivery records an answer posted in a channel for everyone (message:
// its id, "" when Discord gave none), so that a correction can follow it there
// if a fact it cites is retracted or superseded. A failure is logged: the
// answer is out already.
func (a *Adapter) recordDelivery(ctx context.Context, rep bot.Reply, guild, channel, message string) {
	if a.deliveries == nil || len(rep.Cited) == 0 || channel == "" {
		return
	}
	d := facts.Delivery{Conversation: facts.Conversation{Platform: Platform, Workspace: guild, Channel: channel}, Message: message, Facts: rep.Cited}
	if err := a.deliveries.RecordDelivery(ctx, d); err != nil {
		a.logger.Error("delivery not recorded; a correction would not reach it", "channel", channel, "err", err)
	}
}

// commandText returns the command in a message and whether the message is
// addressed to factdesk: "!fact who signed?" and "<@bot> who signed?" both give
// "who signed?". A message addresses factdesk only when it starts so: one that
// mentions it in passing ("thanks <@bot>, that helped") is not a question. In
// a direct message every message is addressed to it.
func commandText(content, selfID string, direct bool) (string, bool) {
	text := strings.TrimSpace(content)
	if len(text) >= len(trigger) && strings.EqualFold(text[:len(trigger)], trigger) {
		rest := text[len(trigger):]
		if r, _ := utf8.DecodeRuneInString(rest); rest == "" || unicode.IsSpace(r) {
			return strings.TrimSpace(rest), true
		}
	}
	if selfID != "" {
		for _, tag := range []string{"<@" + selfID + ">", "<@!" + selfID + ">"} {
			if rest, ok := strings.CutPrefix(text, tag); ok {
				// "<@bot>, who signed?" and "<@bot>: who signed?" address it too.
				return strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(rest), ":,")), true
			}
		}
	}
	if direct {
		if selfID != "" {
			text = strings.NewReplacer("<@"+selfID+">", "", "<@!"+selfID+">", "").Replace(text)
		}
		if text = strings.TrimSpace(text); text != "" {
			return text, true
		}
	}
	return "", false
}

// selfID is the bot's own user id, known once the gateway session is ready.
func selfID(s *discordgo.Session) string {
	if s == nil || s.State == nil {
		return ""
	}
	s.State.RLock()
	defer s.State.RUnlock()
	if s.State.User == nil {
		return ""
	}
	return s.State.User.ID
}
