package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"

	"github.com/factdesk/factdesk/bot"
)

// serveEvent answers POST /slack/events: the url_verification challenge when the
// Request URL is saved, and event callbacks, acknowledged at once and handled after.
func (a *Adapter) serveEvent(w http.ResponseWriter, r *http.Request, body []byte) {
	ev, err := slackevents.ParseEvent(json.RawMessage(body), slackevents.OptionNoVerifyToken())
	if err != nil {
		a.logger.Warn("slack event unreadable", "err", err)
		http.Error(w, "bad event", http.StatusBadRequest)
		return
	}
	switch ev.Type {
	case slackevents.URLVerification:
		v, ok := ev.Data.(*slackevents.EventsAPIURLVerificationEvent)
		if !ok {
			http.Error(w, "bad url_verification", http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte(v.Challenge))
	case slackevents.CallbackEvent:
		a.event(r.Context(), ev)
		w.WriteHeader(http.StatusOK)
	default:
		w.WriteHeader(http.StatusOK)
	}
}

// event handles one Events API callback, from a webhook or Socket Mode. Slack
// redelivers events it thinks were lost; an event_id already seen is dropped here,
// before anything is posted.
func (a *Adapter) event(ctx context.Context, ev slackevents.EventsAPIEvent) {
	cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent)
	if !ok {
		return
	}
	mention, ok := ev.InnerEvent.Data.(*slackevents.AppMentionEvent)
	if !ok {
		return
	}
	// Never answer a bot, ourselves included: two bots can talk forever.
	if mention.BotID != "" || mention.User == "" {
		return
	}
	if !a.seen.firstTime(cb.EventID) {
		a.logger.Debug("slack event redelivered; ignored", "event_id", cb.EventID)
		return
	}
	a.later(ctx, func(ctx context.Context) { a.answerMention(ctx, mention) })
}

// answerMention answers "@factdesk who signed?" in the thread of the mention, for
// everyone in the channel.
func (a *Adapter) answerMention(ctx context.Context, ev *slackevents.AppMentionEvent) {
	text := withoutMention(ev.Text)
	rep := a.handle(ctx, bot.Request{Platform: "slack", UserID: ev.User, Channel: ev.Channel, Text: text})
	thread := ev.ThreadTimeStamp
	if thread == "" {
		thread = ev.TimeStamp
	}
	if err := a.post(ctx, ev.Channel, thread, render(rep, renderOptions{})); err != nil {
		a.logger.Error("slack mention answer failed", "channel", ev.Channel, "err", err)
	}
}

var errNoBotToken = errors.New("no bot token (SLACK_BOT_TOKEN) to post with")

// post sends a message to a channel (in a thread when thread is set) with the bot token.
func (a *Adapter) post(ctx context.Context, channel, thread string, m message) error {
	if a.api == nil || a.cfg.BotToken == "" {
		return errNoBotToken
	}
	opts := []slack.MsgOption{slack.MsgOptionText(m.Text, false), slack.MsgOptionBlocks(m.Blocks...), slack.MsgOptionDisableLinkUnfurl()}
	if thread != "" {
		opts = append(opts, slack.MsgOptionTS(thread))
	}
	if _, _, err := a.api.PostMessageContext(ctx, channel, opts...); err != nil {
		return fmt.Errorf("chat.postMessage to %s: %w", channel, err)
	}
	return nil
}
