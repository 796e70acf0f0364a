package main

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/joho/godotenv"
)

// Config is every setting factdesk reads, from the environment and a .env file,
// once, at start. .env.example documents each one.
type Config struct {
	DB   string // FACTDESK_DB: the knowledge base file
	Addr string // FACTDESK_ADDR: where serve listens
	// Editors are FACTDESK_EDITORS's well-formed entries, "platform:user-id"
	// with the platform in lower case; malformed ones are left out, with a
	// warning each in Warnings.
	Editors []string
	// RateLimit is FACTDESK_RATE_LIMIT: requests per person in chat, such as
	// "20/minute" or "off"; empty means bot.DefaultRateLimit. serve parses it.
	RateLimit string
	// LogAskers is FACTDESK_LOG_ASKERS=1: record who asked each question
	// nobody could answer. Off by default: only the question, the surface and
	// the time are kept.
	LogAskers bool
	// SessionTTL is FACTDESK_SESSION_TTL: how long an editor's sign-in on the
	// web desk lasts (default 12h). TrustForwardedProto is
	// FACTDESK_TRUST_FORWARDED_PROTO=1: behind a TLS-terminating proxy, trust
	// its X-Forwarded-Proto to mark the session cookie Secure. desk_config.go.
	SessionTTL          time.Duration
	TrustForwardedProto bool
	// KeepDeliveries is FACTDESK_KEEP_DELIVERIES: how long the answers posted
	// in chat are remembered, and so how far back a correction reaches
	// (default 90 days). corrections.go.
	KeepDeliveries time.Duration
	// The HTTP API's limits per client (http_config.go): HTTPRate is
	// FACTDESK_HTTP_RATE, requests per client such as "300/minute" (the
	// default when empty) or "off", parsed by serve; HTTPConcurrency is
	// FACTDESK_HTTP_CONCURRENCY, requests in flight per client (default 4,
	// 0 for no limit); TrustForwardedFor is FACTDESK_TRUST_FORWARDED_FOR=1:
	// behind a reverse proxy, tell clients apart by X-Forwarded-For.
	HTTPRate          string
	HTTPConcurrency   int
	TrustForwardedFor bool

	SlackSigningSecret string
	SlackBotToken      string
	SlackAppToken      string

	DiscordBotToken  string
	DiscordAppID     string
	DiscordPublicKey string
	DiscordGuildID   string

	// EnvFile is the .env file the settings were partly read from (an absolute
	// path), "" when there was none.
	EnvFile string
	// Warnings are settings that look wrong and were ignored or may not work,
	// one sentence each, for serve to log at start.
	Warnings []string
}

// settings are the names Config reads, as .env.example lists them.
var settings = []string{
	"FACTDESK_DB", "FACTDESK_ADDR", "FACTDESK_EDITORS", "FACTDESK_RATE_LIMIT", "FACTDESK_LOG_ASKERS",
	"FACTDESK_SESSION_TTL", "FACTDESK_TRUST_FORWARDED_PROTO", "FACTDESK_KEEP_DELIVERIES",
	"FACTDESK_HTTP_RATE", "FACTDESK_HTTP_CONCURRENCY", "FACTDESK_TRUST_FORWARDED_FOR",
	"SLACK_SIGNING_SECRET", "SLACK_BOT_TOKEN", "SLACK_APP_TOKEN",
	"DISCORD_BOT_TOKEN", "DISCORD_APP_ID", "DISCORD_PUBLIC_KEY", "DISCORD_GUILD_ID",
}

// editorPlatforms are the chat platforms editors can be named on.
var editorPlatforms = []string{"slack", "discord"}

// LoadConfig reads the settings: each from the real environment (through lookup,
// os.LookupEnv) when it is set there, even empty, else from the .env file at
// dotenv when there is one. A .env file godotenv cannot read is an error naming
// it; the Config returned with it holds the environment's settings alone.
func LoadConfig(dotenv string, lookup func(string) (string, bool)) (Config, error) {
	env := func(k string) string { v, _ := lookup(k); return v }
	file, err := godotenv.Read(dotenv)
	if errors.Is(err, os.ErrNotExist) {
		return ConfigFromEnv(env), nil
	}
	abs, _ := filepath.Abs(dotenv)
	if err != nil {
		return ConfigFromEnv(env), usageErrorf("cannot read the settings in %s: %s", abs, strings.Join(strings.Fields(err.Error()), " "))
	}
	c := ConfigFromEnv(func(k string) string {
		if v, ok := lookup(k); ok {
			return v
		}
		return file[k]
	})
	c.EnvFile = abs
	for _, k := range slices.Sorted(maps.Keys(file)) {
		if !slices.Contains(settings, k) && (strings.HasPrefix(k, "FACTDESK_") || strings.HasPrefix(k, "SLACK_") || strings.HasPrefix(k, "DISCORD_")) {
			c.Warnings = append(c.Warnings, fmt.Sprintf("%s in %s is not a factdesk setting and is ignored (the settings are in .env.example)", k, abs))
		}
	}
	return c, nil
}

// ConfigFromEnv reads the settings through getenv (os.Getenv, or a map in tests).
func ConfigFromEnv(getenv func(string) string) Config {
	c := Config{
		DB:                 getenv("FACTDESK_DB"),
		Addr:               getenv("FACTDESK_ADDR"),
		RateLimit:          getenv("FACTDESK_RATE_LIMIT"),
		SlackSigningSecret: getenv("SLACK_SIGNING_SECRET"),
		SlackBotToken:      getenv("SLACK_BOT_TOKEN"),
		SlackAppToken:      getenv("SLACK_APP_TOKEN"),
		DiscordBotToken:    getenv("DISCORD_BOT_TOKEN"),
		DiscordAppID:       getenv("DISCORD_APP_ID"),
		DiscordPublicKey:   getenv("DISCORD_PUBLIC_KEY"),
		DiscordGuildID:     getenv("DISCORD_GUILD_ID"),
	}
	if c.DB == "" {
		c.DB = "factdesk.db"
	}
	if c.Addr == "" {
		c.Addr = ":8080"
	}
	c.Editors, c.Warnings = parseEditors(getenv("FACTDESK_EDITORS"))
	c.Warnings = append(c.Warnings, c.tokenWarnings()...)
	c.readDeskSettings(getenv)
	c.readCorrectionSettings(getenv)
	c.readHTTPSettings(getenv)
	c.LogAskers = c.onOff(getenv, "FACTDESK_LOG_ASKERS", "askers are not recorded")
	return c
}

// Editor ids as each platform writes them: Slack member ids (U0123ABCD, or W
// for Enterprise Grid) and Discord snowflakes.
var (
	slackUserID   = regexp.MustCompile(`^[UW][A-Z0-9]{2,}$`)
	discordUserID = regexp.MustCompile(`^[0-9]{15,21}$`)
)

// parseEditors reads FACTDESK_EDITORS, "platform:user-id" entries separated by
// commas, and returns the well-formed ones and a warning for each other one.
func parseEditors(list string) (editors, warnings []string) {
	for _, e := range strings.Split(list, ",") {
		e = strings.TrimSpace(e)
		if e == "" {
			continue
		}
		platform, id, ok := strings.Cut(e, ":")
		platform, id = strings.ToLower(strings.TrimSpace(platform)), strings.TrimSpace(id)
		switch {
		case !ok:
			warnings = append(warnings, fmt.Sprintf("FACTDESK_EDITORS entry %q has no platform and is ignored: write %s", e, editorHint(e)))
		case !slices.Contains(editorPlatforms, platform):
			warnings = append(warnings, fmt.Sprintf("FACTDESK_EDITORS entry %q names no known platform (%s) and is ignored", e, strings.Join(editorPlatforms, " or ")))
		case id == "":
			warnings = append(warnings, fmt.Sprintf("FACTDESK_EDITORS entry %q has no user id and is ignored", e))
		default:
			if platform == "slack" && !slackUserID.MatchString(id) {
				warnings = append(warnings, fmt.Sprintf("FACTDESK_EDITORS entry %q does not look like a Slack member id (U0123ABCD: profile, ⋮, Copy member ID); kept as written", e))
			}
			if platform == "discord" && !discordUserID.MatchString(id) {
				warnings = append(warnings, fmt.Sprintf("FACTDESK_EDITORS entry %q does not look like a Discord user id (digits: Developer Mode, right-click, Copy User ID); kept as written", e))
			}
			editors = append(editors, platform+":"+id)
		}
	}
	return editors, warnings
}

// editorHint suggests the entry a bare id was meant to be.
func editorHint(id string) string {
	switch {
	case slackUserID.MatchString(id):
		return "slack:" + id
	case discordUserID.MatchString(id):
		return "discord:" + id
	}
	return "slack:" + id + " or discord:" + id
}

// tokenWarnings flags credentials that cannot be what their setting asks for.
func (c Config) tokenWarnings() []string {
	var out []string
	if c.SlackBotToken != "" && !strings.HasPrefix(c.SlackBotToken, "xoxb-") {
		out = append(out, "SLACK_BOT_TOKEN does not start with xoxb-: it should be the Bot User OAuth Token")
	}
	if c.SlackAppToken != "" && !strings.HasPrefix(c.SlackAppToken, "xapp-") {
		out = append(out, "SLACK_APP_TOKEN does not start with xapp-: it should be an app-level token with connections:write")
	}
	if c.SlackBotToken != "" && c.SlackSigningSecret == "" && c.SlackAppToken == "" {
		out = append(out, "SLACK_BOT_TOKEN is set but Slack is off: set SLACK_SIGNING_SECRET (public URL) or SLACK_APP_TOKEN (Socket Mode)")
	}
	if c.DiscordAppID != "" && !discordUserID.MatchString(c.DiscordAppID) {
		out = append(out, "DISCORD_APP_ID is not a Discord id (digits, from the developer portal's General Information page)")
	}
	if c.DiscordGuildID != "" && !discordUserID.MatchString(c.DiscordGuildID) {
		out = append(out, "DISCORD_GUILD_ID is not a Discord id (digits: Developer Mode, right-click the server, Copy Server ID)")
	}
	return out
}

// onOff reads a setting that only 1 turns on; anything else but 0 or nothing
// is a warning saying what stays off (off).
func (c *Config) onOff(getenv func(string) string, name, off string) bool {
	switch v := strings.TrimSpace(getenv(name)); v {
	case "", "0":
		return false
	case "1":
		return true
	default:
		c.Warnings = append(c.Warnings, fmt.Sprintf("%s is %q: only 1 turns it on; %s", name, v, off))
		return false
	}
}
