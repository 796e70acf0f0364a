package slack

import (
	"context"
	"errors"
	"slices"

	"github.com/slack-go/slack"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

// CorrectionPoster posts corrections in Slack with the bot token: in the thread
// where factdesk answered, or in the channel or direct message where the answer
// was posted without one. It is the bot.Poster for Slack.
type CorrectionPoster struct {
	api *slack.Client
}

var _ bot.Poster = (*CorrectionPoster)(nil)

// NewCorrectionPoster builds the poster from cfg's BotToken, APIURL and
// HTTPClient. It returns an error without a bot token.
func NewCorrectionPoster(cfg Config) (*CorrectionPoster, error) {
	if cfg.BotToken == "" {
		return nil, errNoBotToken
	}
	return &CorrectionPoster{api: cfg.client()}, nil
}

// Platform is "slack".
func (p *CorrectionPoster) Platform() string { return "slack" }

// PostCorrection posts c in its conversation and returns the message's ts.
func (p *CorrectionPoster) PostCorrection(ctx context.Context, c facts.Correction) (string, error) {
	m := render(bot.CorrectionReply(c), renderOptions{})
	ts, err := postMessage(ctx, p.api, c.Conversation.Channel, c.Conversation.Thread, m)
	return ts, postError(err)
}

// gone are the Web API errors no retry can mend: the conversation is gone or
// closed to the bot, or the message itself is refused. Invite the bot back, then
// kb corrections --retry.
var gone = []string{"channel_not_found", "not_in_channel", "is_archived", "restricted_action",
	"cannot_reply_to_message", "invalid_blocks", "msg_too_long", "no_text", "team_access_not_granted"}

// postError tells the sender what a chat.postMessage failure means: wait as
// Slack asks (HTTP 429, Retry-After), give up, or try again later.
func postError(err error) error {
	if err == nil {
		return nil
	}
	var limited *slack.RateLimitedError
	if errors.As(err, &limited) {
		return &bot.RateLimitedError{RetryAfter: limited.RetryAfter, Err: err}
	}
	var refused slack.SlackErrorResponse
	if errors.As(err, &refused) && slices.Contains(gone, refused.Err) {
		return &bot.PermanentError{Err: err}
	}
	return err
}
