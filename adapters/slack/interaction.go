package slack

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"

	"github.com/slack-go/slack"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

// serveInteraction answers POST /slack/interactions: button clicks. It
// acknowledges at once; the click's work happens after.
func (a *Adapter) serveInteraction(w http.ResponseWriter, r *http.Request, body []byte) {
	form, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "bad form body", http.StatusBadRequest)
		return
	}
	var ic slack.InteractionCallback
	if err := json.Unmarshal([]byte(form.Get("payload")), &ic); err != nil {
		a.logger.Warn("slack interaction unreadable", "err", err)
		http.Error(w, "bad interaction payload", http.StatusBadRequest)
		return
	}
	a.interaction(r.Context(), ic)
	w.WriteHeader(http.StatusOK)
}

// interaction handles a click, from a webhook or Socket Mode.
func (a *Adapter) interaction(ctx context.Context, ic slack.InteractionCallback) {
	if ic.Type != slack.InteractionTypeBlockActions {
		return
	}
	for _, act := range ic.ActionCallback.BlockActions {
		if act.ActionID != shareAction {
			continue
		}
		text := act.Value
		a.later(ctx, func(ctx context.Context) { a.share(ctx, ic, text) })
	}
}

// share posts an answer the user saw alone for the whole channel, in place of
// their private copy. The button carries the command, not the answer (an
// ephemeral message's content does not come back with the click), so the
// command runs again, as the person who clicked. Only commands that change
// nothing are ever re-run this way.
func (a *Adapter) share(ctx context.Context, ic slack.InteractionCallback, text string) {
	if !a.replayable(text) {
		a.logger.Warn("slack share of a command that changes things refused", "user", ic.User.ID)
		return
	}
	req := bot.Request{Platform: "slack", UserID: ic.User.ID, UserName: ic.User.Name, Channel: ic.Channel.ID, Text: text, Replay: true}
	rep := a.handle(ctx, req)
	if !shareable(rep) {
		// Asked again, it failed (too many requests, say): tell the person alone,
		// and leave their copy and its button to try later.
		if ic.ResponseURL != "" {
			a.deliver(ctx, ic.ResponseURL, render(rep, renderOptions{}).ephemeral())
		}
		return
	}
	m := render(rep, renderOptions{askedBy: ic.User.ID, askedText: "/fact " + text})
	m.ResponseType = "in_channel"
	// Shared in the channel: a correction follows it there (Slack gives no ts
	// for a response_url post, so the correction goes to the channel itself).
	where := facts.Conversation{Workspace: ic.Team.ID, Channel: ic.Channel.ID}
	if ic.ResponseURL == "" {
		ts, err := a.post(ctx, ic.Channel.ID, "", m)
		if err != nil {
			a.logger.Error("slack share failed", "channel", ic.Channel.ID, "err", err)
			return
		}
		a.delivered(ctx, rep, where, ts)
		return
	}
	if err := a.postJSON(ctx, ic.ResponseURL, m); err != nil {
		a.logger.Error("slack share failed", "channel", ic.Channel.ID, "err", err)
		return
	}
	a.delivered(ctx, rep, where, "")
	// The answer is in the channel now: the private copy, with its button, goes.
	// A new public message and delete_original, rather than replace_original:
	// replacing an ephemeral message changes its content, and need not change
	// who sees it.
	if err := a.postJSON(ctx, ic.ResponseURL, deleteOriginal{Delete: true}); err != nil {
		a.logger.Error("slack share: removing the private copy failed", "channel", ic.Channel.ID, "err", err)
	}
}

// deleteOriginal, posted to a response_url, removes the message whose button was clicked.
type deleteOriginal struct {
	Delete bool `json:"delete_original"`
}

// replayable reports whether text may be run again for the share button: a
// question, or a command the bot marks read-only. Curation commands (flag,
// retract, approve, and any registered later that change things) never are.
func (a *Adapter) replayable(text string) bool {
	if c, _, ok := bot.Match(a.bot.Commands(), text); ok {
		return c.ReadOnly
	}
	return true // a question
}
