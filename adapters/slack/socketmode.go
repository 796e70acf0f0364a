package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"
)

// RunSocketMode answers slash commands, mentions and button clicks over a Socket
// Mode connection (no public URL needed) until ctx is done. Every request is
// acknowledged first: a slash command with its answer when that is ready within
// the inline budget, everything else empty, with the work done after.
func (a *Adapter) RunSocketMode(ctx context.Context) error {
	if a.cfg.AppToken == "" || a.api == nil {
		return errors.New("socket mode: no app-level token (SLACK_APP_TOKEN)")
	}
	client := socketmode.New(a.api, socketmode.OptionLog(slog.NewLogLogger(a.logger.Handler(), slog.LevelDebug)))
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error, 1)
	go func() { errc <- client.RunContext(ctx) }()
	for {
		select {
		case <-ctx.Done():
			return nil
		case err := <-errc:
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("socket mode: %w", err)
		case evt := <-client.Events:
			a.socketEvent(ctx, client, evt)
		}
	}
}

func (a *Adapter) socketEvent(ctx context.Context, client *socketmode.Client, evt socketmode.Event) {
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		a.logger.Debug("slack socket mode connecting")
	case socketmode.EventTypeConnected:
		a.logger.Info("slack socket mode connected")
	case socketmode.EventTypeConnectionError, socketmode.EventTypeInvalidAuth, socketmode.EventTypeIncomingError, socketmode.EventTypeErrorWriteFailed, socketmode.EventTypeErrorBadMessage:
		a.logger.Warn("slack socket mode trouble", "type", evt.Type, "detail", fmt.Sprint(evt.Data))
	case socketmode.EventTypeSlashCommand:
		cmd, ok := evt.Data.(slack.SlashCommand)
		if !ok || evt.Request == nil {
			return
		}
		// Each command runs on its own: one slow answer must not hold back the
		// acknowledgement of the next.
		// The ack goes out on the connection's context, so it is abandoned, not
		// stuck, when the connection closes.
		conn := ctx
		a.later(ctx, func(ctx context.Context) {
			m := a.respond(ctx, commandFrom(cmd))
			if err := client.AckCtx(conn, evt.Request.EnvelopeID, m); err != nil {
				a.logger.Error("slack socket mode ack failed", "err", err)
				client.AckCtx(conn, evt.Request.EnvelopeID, nil)
			}
		})
	case socketmode.EventTypeEventsAPI:
		ev, ok := evt.Data.(slackevents.EventsAPIEvent)
		if !ok || evt.Request == nil {
			return
		}
		client.AckCtx(ctx, evt.Request.EnvelopeID, nil)
		if ev.Type == slackevents.CallbackEvent {
			a.event(ctx, ev)
		}
	case socketmode.EventTypeInteractive:
		ic, ok := evt.Data.(slack.InteractionCallback)
		if !ok || evt.Request == nil {
			return
		}
		client.AckCtx(ctx, evt.Request.EnvelopeID, nil)
		a.interaction(ctx, ic)
	}
}
