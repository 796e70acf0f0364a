package discord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

// CorrectionPoster posts corrections on Discord through the REST API with the
// bot token: a reply to factdesk's answer in the channel where it was given, or
// a message in that channel when the answer's id is not known (answers to
// /fact). It is the bot.Poster for Discord.
type CorrectionPoster struct {
	session *discordgo.Session
}

var _ bot.Poster = (*CorrectionPoster)(nil)

// NewCorrectionPoster builds the poster from cfg's Token and HTTPClient. It
// returns an error without a token.
func NewCorrectionPoster(cfg Config) (*CorrectionPoster, error) {
	if strings.TrimSpace(cfg.Token) == "" {
		return nil, errors.New("no bot token (DISCORD_BOT_TOKEN) to post corrections with")
	}
	s, err := cfg.session()
	if err != nil {
		return nil, err
	}
	return &CorrectionPoster{session: s}, nil
}

// Platform is "discord".
func (p *CorrectionPoster) Platform() string { return Platform }

// correctionSend is a message with a nonce Discord enforces: a second post with
// the same nonce shortly after (factdesk stopped before recording the first as
// sent) returns the first message instead of posting again.
type correctionSend struct {
	*discordgo.MessageSend
	Nonce        string `json:"nonce"`
	EnforceNonce bool   `json:"enforce_nonce"`
}

// PostCorrection posts c in its channel, replying to factdesk's answer when its
// id is known, and returns the message's id. A 429 is not waited out here: the
// sender waits as long as Discord says, with the correction still queued.
func (p *CorrectionPoster) PostCorrection(ctx context.Context, c facts.Correction) (string, error) {
	msg := render(bot.CorrectionReply(c))
	send := &discordgo.MessageSend{Content: msg.Content, Embeds: msg.Embeds, AllowedMentions: noPings()}
	if c.ReplyTo != "" {
		keep := false // the answer deleted meanwhile: post in the channel all the same
		send.Reference = &discordgo.MessageReference{MessageID: c.ReplyTo, ChannelID: c.Conversation.Channel,
			GuildID: c.Conversation.Workspace, FailIfNotExists: &keep}
	}
	for _, e := range send.Embeds {
		if e.Type == "" {
			e.Type = discordgo.EmbedTypeRich
		}
	}
	endpoint := discordgo.EndpointChannelMessages(c.Conversation.Channel)
	body := correctionSend{MessageSend: send, Nonce: "factdesk-c" + strconv.FormatInt(c.ID, 10), EnforceNonce: true}
	resp, err := p.session.RequestWithBucketID(http.MethodPost, endpoint, body, endpoint,
		discordgo.WithContext(ctx), discordgo.WithRetryOnRatelimit(false))
	if err != nil {
		return "", postError(c.Conversation.Channel, err)
	}
	var sent discordgo.Message
	if err := json.Unmarshal(resp, &sent); err != nil {
		return "", fmt.Errorf("post to channel %s: reading Discord's answer: %w", c.Conversation.Channel, err)
	}
	return sent.ID, nil
}

// postError tells the sender what a failed post means: wait as Discord asks
// (429 and its retry_after), give up when the channel is gone or closed to the
// bot (403, 404) or the message is refused (400), or try again later.
func postError(channel string, err error) error {
	err = fmt.Errorf("post to channel %s: %w", channel, err)
	var limited *discordgo.RateLimitError
	if errors.As(err, &limited) && limited.TooManyRequests != nil {
		return &bot.RateLimitedError{RetryAfter: limited.RetryAfter, Err: err}
	}
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Response != nil {
		switch rest.Response.StatusCode {
		case http.StatusBadRequest, http.StatusForbidden, http.StatusNotFound:
			return &bot.PermanentError{Err: err}
		}
	}
	return err
}
