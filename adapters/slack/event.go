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
	"github.com/factdesk/factdesk/facts"
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

// event handles one Events API callback, from a webhook or Socket Mode: a
// mention of the bot in a channel (app_mention), or a direct message to it
// (message.im; Slack sends no app_mention for those). Slack redelivers events
// it thinks were lost; an event_id already seen is dropped here, before
// anything is posted.
func (a *Adapter) event(ctx context.Context, ev slackevents.EventsAPIEvent) {
	cb, ok := ev.Data.(*slackevents.EventsAPICallbackEvent)
	if !ok {
		return
	}
	var in incoming
	switch e := ev.InnerEvent.Data.(type) {
	case *slackevents.AppMentionEvent:
		// Never answer a bot, ourselves included: two bots can talk forever.
		if e.BotID != "" || e.User == "" {
			return
		}
		// Answered in a thread under the mention, for everyone in the channel.
		in = incoming{team: cb.TeamID, user: e.User, channel: e.Channel, text: e.Text, thread: e.ThreadTimeStamp}
		if in.thread == "" {
			in.thread = e.TimeStamp
		}
	case *slackevents.MessageEvent:
		// Only a new message a person writes in a direct message: not an edit, a
		// deletion or any other subtype, not a bot's (our own answers come back
		// as message.im too), not a channel's.
		if e.ChannelType != "im" || e.SubType != "" || e.BotID != "" || e.User == "" {
			return
		}
		// Answered in the conversation, or in the thread it was written in.
		in = incoming{team: cb.TeamID, user: e.User, channel: e.Channel, text: e.Text, thread: e.ThreadTimeStamp}
	default:
		return
	}
	if !a.seen.firstTime(cb.EventID) {
		a.logger.Debug("slack event redelivered; ignored", "event_id", cb.EventID)
		return
	}
	a.later(ctx, func(ctx context.Context) { a.answerMessage(ctx, in) })
}

// incoming is a message addressed to the bot: a mention or a direct message.
type incoming struct {
	team, user, channel, text string
	thread                    string // the thread to answer in; "" for the conversation itself
}

// answerMessage answers a mention or a direct message where it was written.
// A leading mention of the bot, "/fact" or "!fact" is not part of the question.
func (a *Adapter) answerMessage(ctx context.Context, in incoming) {
	rep := a.handle(ctx, bot.Request{Platform: "slack", UserID: in.user, Channel: in.channel, Text: withoutMention(in.text)})
	ts, err := a.post(ctx, in.channel, in.thread, render(rep, renderOptions{}))
	if err != nil {
		a.logger.Error("slack answer failed", "channel", in.channel, "err", err)
		return
	}
	a.delivered(ctx, rep, facts.Conversation{Workspace: in.team, Channel: in.channel, Thread: in.thread}, ts)
}

// delivered records an answer posted where others read it, so that a
// correction can follow it into the conversation if a fact it cites is
// retracted or superseded. A failure is logged: the answer is out already.
func (a *Adapter) delivered(ctx context.Context, rep bot.Reply, where facts.Conversation, ts string) {
	if a.cfg.Deliveries == nil || len(rep.Cited) == 0 {
		return
	}
	where.Platform = "slack"
	if err := a.cfg.Deliveries.RecordDelivery(ctx, facts.Delivery{Conversation: where, Message: ts, Facts: rep.Cited}); err != nil {
		a.logger.Error("slack delivery not recorded; a correction would not reach it", "channel", where.Channel, "err", err)
	}
}

var errNoBotToken = errors.New("no bot token (SLACK_BOT_TOKEN) to post with")

// post sends a message to a channel (in a thread when thread is set) with the
// bot token, and returns the posted message's ts.
func (a *Adapter) post(ctx context.Context, channel, thread string, m message) (string, error) {
	if a.api == nil || a.cfg.BotToken == "" {
		return "", errNoBotToken
	}
	return postMessage(ctx, a.api, channel, thread, m)
}

// postMessage is chat.postMessage of m, in thread when it is set.
func postMessage(ctx context.Context, api *slack.Client, channel, thread string, m message) (string, error) {
	opts := []slack.MsgOption{slack.MsgOptionText(m.Text, false), slack.MsgOptionBlocks(m.Blocks...), slack.MsgOptionDisableLinkUnfurl()}
	if thread != "" {
		opts = append(opts, slack.MsgOptionTS(thread))
	}
	_, ts, err := api.PostMessageContext(ctx, channel, opts...)
	if err != nil {
		return "", fmt.Errorf("chat.postMessage to %s: %w", channel, err)
	}
	return ts, nil
}
