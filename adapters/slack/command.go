package slack

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/factdesk/factdesk/bot"
)

// largeCheck is the passage length (in characters) from which a check is
// acknowledged at once and its findings delivered through response_url: long
// drafts are where the engine's time grows.
const largeCheck = 1500

// command is a slash command as the adapter needs it, from a webhook or Socket Mode.
type command struct {
	userID, userName, channel string
	text                      string
	responseURL               string
}

func commandFrom(s slack.SlashCommand) command {
	return command{userID: s.UserID, userName: s.UserName, channel: s.ChannelID,
		text: plainText(s.Text), responseURL: s.ResponseURL}
}

func (c command) request() bot.Request {
	return bot.Request{Platform: "slack", UserID: c.userID, UserName: c.userName, Channel: c.channel, Text: c.text}
}

// serveCommand answers POST /slack/commands. The body is already verified.
func (a *Adapter) serveCommand(w http.ResponseWriter, r *http.Request, body []byte) {
	// The body was read to verify it: hand the parsed form to SlashCommandParse.
	form, err := url.ParseQuery(string(body))
	if err != nil {
		http.Error(w, "bad form body", http.StatusBadRequest)
		return
	}
	r.PostForm, r.Form = form, form
	s, err := slack.SlashCommandParse(r)
	if err != nil {
		http.Error(w, "bad slash command", http.StatusBadRequest)
		return
	}
	msg := a.respond(r.Context(), commandFrom(s))
	writeJSON(w, msg)
}

// respond runs a command and returns what to acknowledge it with: the answer
// itself when it is ready within the inline budget, otherwise a short note,
// with the answer following through response_url. Either way Slack hears back
// well inside its three seconds, even in a burst: the bot's scheduler makes a
// command wait for an engine slot, or says at once that it is busy.
func (a *Adapter) respond(ctx context.Context, c command) message {
	req := c.request()
	if c.responseURL != "" && isLargeCheck(c.text) {
		a.later(ctx, func(ctx context.Context) { a.deliver(ctx, c.responseURL, a.answer(ctx, req, c.text)) })
		return message{ResponseType: "ephemeral", Text: fmt.Sprintf(":hourglass_flowing_sand: Checking your passage (%d words); the findings will appear here in a moment.", len(strings.Fields(c.text)))}
	}
	done := make(chan message, 1)
	a.later(ctx, func(ctx context.Context) { done <- a.answer(ctx, req, c.text) })
	timer := time.NewTimer(a.cfg.InlineBudget)
	defer timer.Stop()
	select {
	case m := <-done:
		return m
	case <-timer.C:
	}
	if c.responseURL == "" {
		// Nowhere to deliver later: wait, and let Slack time out if it must.
		return <-done
	}
	a.later(ctx, func(ctx context.Context) { a.deliver(ctx, c.responseURL, <-done) })
	return pending
}

// pending acknowledges a command whose answer follows through response_url.
var pending = message{ResponseType: "ephemeral", Text: ":hourglass_flowing_sand: Looking that up; the answer will appear here in a moment."}

// answer runs a command through the bot and renders the reply for the asker alone,
// with the button that posts it for everyone.
func (a *Adapter) answer(ctx context.Context, req bot.Request, text string) message {
	return render(a.handle(ctx, req), a.shareOption(text)).ephemeral()
}

// shareOption offers the "Post to channel" button for commands it may re-run.
func (a *Adapter) shareOption(text string) renderOptions {
	if !a.replayable(text) {
		return renderOptions{}
	}
	return renderOptions{share: text}
}

func isLargeCheck(text string) bool {
	name, rest, _ := strings.Cut(strings.TrimSpace(text), " ")
	return strings.EqualFold(name, "check") && utf8.RuneCountInString(rest) >= largeCheck
}

// deliver posts a message to a response_url.
func (a *Adapter) deliver(ctx context.Context, responseURL string, m message) {
	if err := a.postJSON(ctx, responseURL, m); err != nil {
		a.logger.Error("slack response_url delivery failed", "err", err)
	}
}

func (a *Adapter) postJSON(ctx context.Context, target string, v any) error {
	js, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode message: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, target, strings.NewReader(string(js)))
	if err != nil {
		return fmt.Errorf("post to response_url: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := a.http.Do(req)
	if err != nil {
		return fmt.Errorf("post to response_url: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("post to response_url: status %s", resp.Status)
	}
	return nil
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	json.NewEncoder(w).Encode(v)
}
