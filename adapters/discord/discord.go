// Package discord puts factdesk on Discord: a gateway bot that answers "!fact ..."
// and @mentions, the /fact application command, and the HTTP interactions endpoint
// for deployments that receive interactions as webhooks. It renders the bot
// package's platform-neutral replies as Discord embeds; discordgo's types stay in
// this package.
package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/factdesk/factdesk/bot"
)

// Platform is the name requests from Discord carry, and the prefix of Discord
// editors in FACTDESK_EDITORS ("discord:<user-id>").
const Platform = "discord"

// Config is what the adapter needs; cmd/factdesk fills it from the environment.
type Config struct {
	Token     string // DISCORD_BOT_TOKEN: the gateway bot and REST calls (registering /fact)
	AppID     string // DISCORD_APP_ID: the application /fact belongs to; found at start when empty
	PublicKey string // DISCORD_PUBLIC_KEY: hex Ed25519 key that verifies HTTP interactions
	GuildID   string // DISCORD_GUILD_ID: register /fact in this server only (instant); empty = globally

	// HTTPClient carries every call to Discord's REST API; nil keeps discordgo's
	// default. Tests point it at a local server.
	HTTPClient *http.Client
	// Patience is how long an interaction waits for its answer before it is
	// deferred and sent as a follow-up; Discord allows three seconds in all.
	// Zero means two seconds.
	Patience time.Duration
	Logger   *slog.Logger
	// Deliveries records each answer posted in a channel for everyone, so
	// that corrections can follow; nil records nothing.
	Deliveries bot.Deliveries
}

// Adapter serves one bot on Discord.
type Adapter struct {
	bot        bot.Responder
	session    *discordgo.Session
	publicKey  ed25519.PublicKey // nil: HTTP interactions are refused
	appID      string
	guildID    string
	patience   time.Duration
	logger     *slog.Logger
	deliveries bot.Deliveries // nil: answers are not recorded

	mu  sync.Mutex
	ctx context.Context // for gateway handlers, which discordgo calls without one

	pending sync.WaitGroup // deferred interaction follow-ups in flight
}

// New builds the adapter. It fails only on settings that can never work, such as
// a public key that is not 64 hex digits.
func New(b bot.Responder, cfg Config) (*Adapter, error) {
	logger := cfg.Logger
	if logger == nil {
		logger = slog.Default()
	}
	a := &Adapter{
		bot:        b,
		appID:      cfg.AppID,
		guildID:    cfg.GuildID,
		patience:   cfg.Patience,
		logger:     logger.With("surface", Platform),
		deliveries: cfg.Deliveries,
		ctx:        context.Background(),
	}
	if a.patience <= 0 {
		a.patience = 2 * time.Second
	}
	if cfg.PublicKey != "" {
		key, err := hex.DecodeString(strings.TrimSpace(cfg.PublicKey))
		if err != nil || len(key) != ed25519.PublicKeySize {
			return nil, fmt.Errorf("DISCORD_PUBLIC_KEY: want the application's public key, %d hex digits, from the developer portal", 2*ed25519.PublicKeySize)
		}
		a.publicKey = key
	}
	// A session without a token still sends interaction follow-ups, which
	// are authorised by the interaction's own token.
	s, err := cfg.session()
	if err != nil {
		return nil, err
	}
	s.Identify.Intents = intents
	s.AddHandler(func(s *discordgo.Session, m *discordgo.MessageCreate) { a.handleMessage(a.context(), s, m) })
	s.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) { a.handleInteraction(a.context(), s, i) })
	a.session = s
	return a, nil
}

// session is a discordgo session with the bot token (if any) and cfg's HTTP
// client.
func (cfg Config) session() (*discordgo.Session, error) {
	token := strings.TrimSpace(cfg.Token)
	if token != "" && !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	if cfg.HTTPClient != nil {
		s.Client = cfg.HTTPClient
	}
	return s, nil
}

func (a *Adapter) context() context.Context {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.ctx
}

func (a *Adapter) setContext(ctx context.Context) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.ctx = ctx
}

// Wait blocks until the deferred interaction follow-ups in flight have been sent,
// so a server shutting down does not drop answers it has promised.
func (a *Adapter) Wait() { a.pending.Wait() }
