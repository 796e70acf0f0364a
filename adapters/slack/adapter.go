// Package slack serves factdesk in Slack: the /fact slash command, @mentions
// and the "Post to channel" button, over HTTP webhooks or Socket Mode. It turns
// Slack's payloads into bot.Requests and bot.Replies into Block Kit; slack-go's
// types stay inside this package.
package slack

import (
	"context"
	"log/slog"
	"net/http"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/factdesk/factdesk/bot"
)

// Config is what the adapter needs from the environment.
type Config struct {
	SigningSecret string // verifies every webhook request (SLACK_SIGNING_SECRET)
	BotToken      string // posts mention answers and shared answers (SLACK_BOT_TOKEN)
	AppToken      string // opens Socket Mode connections (SLACK_APP_TOKEN)

	// APIURL is Slack's Web API base, ending in "/"; empty means slack.com. Tests
	// point it at a local server.
	APIURL string
	// HTTPClient posts to response_url and the Web API; nil means a client with a
	// 15-second timeout.
	HTTPClient *http.Client
	// Deliveries records each answer posted where others read it (a mention's
	// thread, a direct message, a shared answer), so that corrections can
	// follow; nil records nothing.
	Deliveries bot.Deliveries
	// InlineBudget is how long a command may run before the reply is sent later
	// through response_url instead of in the acknowledgement; 0 means one second,
	// which leaves Slack's three-second limit plenty of room for the network.
	InlineBudget time.Duration
}

// Adapter answers Slack requests with the bot.
type Adapter struct {
	bot    bot.Responder
	cfg    Config
	api    *slack.Client // nil without a bot or app token
	http   *http.Client
	seen   *seenSet // event ids already handled, so redeliveries post nothing
	logger *slog.Logger

	// work tracks answers delivered after the acknowledgement, so shutdown can
	// wait for them and tests can observe them.
	work sync.WaitGroup
}

// New builds an adapter over b.
func New(b bot.Responder, cfg Config, logger *slog.Logger) *Adapter {
	if logger == nil {
		logger = slog.Default()
	}
	if cfg.InlineBudget <= 0 {
		cfg.InlineBudget = time.Second
	}
	a := &Adapter{bot: b, cfg: cfg, http: cfg.httpClient(), seen: newSeenSet(10*time.Minute, 10000), logger: logger}
	if cfg.BotToken != "" || cfg.AppToken != "" {
		a.api = cfg.client()
	}
	return a
}

// httpClient is the client for Slack's API and response URLs.
func (cfg Config) httpClient() *http.Client {
	if cfg.HTTPClient != nil {
		return cfg.HTTPClient
	}
	return &http.Client{Timeout: 15 * time.Second}
}

// client is Slack's Web API client with the bot token (and the app-level
// token for Socket Mode, when set).
func (cfg Config) client() *slack.Client {
	opts := []slack.Option{slack.OptionHTTPClient(cfg.httpClient())}
	if cfg.APIURL != "" {
		opts = append(opts, slack.OptionAPIURL(cfg.APIURL))
	}
	if cfg.AppToken != "" {
		opts = append(opts, slack.OptionAppLevelToken(cfg.AppToken))
	}
	return slack.New(cfg.BotToken, opts...)
}

// Register mounts the webhook routes on mux. Every one of them verifies Slack's
// signature before reading anything else.
func (a *Adapter) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /slack/commands", a.verified(a.serveCommand))
	mux.HandleFunc("POST /slack/events", a.verified(a.serveEvent))
	mux.HandleFunc("POST /slack/interactions", a.verified(a.serveInteraction))
}

// Wait blocks until every answer promised after an acknowledgement has been
// delivered (or has failed and been logged).
func (a *Adapter) Wait() { a.work.Wait() }

// handle runs a request through the bot, whose scheduler (bot.Scheduler)
// shares the engine between everyone on every surface: a question never
// waits behind a check, and nobody's requests pile up without end.
func (a *Adapter) handle(ctx context.Context, req bot.Request) bot.Reply {
	return a.bot.Handle(ctx, req)
}

// later runs fn after the acknowledgement has gone out, with its own
// deadline (bot.WorkTimeout): the request's context ends when the handler
// returns, and work nobody can receive any more must stop.
func (a *Adapter) later(ctx context.Context, fn func(ctx context.Context)) {
	a.work.Add(1)
	go func() {
		defer a.work.Done()
		ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), bot.WorkTimeout)
		defer cancel()
		fn(ctx)
	}()
}
