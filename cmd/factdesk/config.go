package main

import (
	"strings"
)

// Config is every setting factdesk reads, from the environment, once, at start.
// .env.example documents each one.
type Config struct {
	DB      string // FACTDESK_DB: the knowledge base file
	Addr    string // FACTDESK_ADDR: where serve listens
	Editors []string
	// RateLimit is FACTDESK_RATE_LIMIT: requests per person in chat, such as
	// "20/minute" or "off"; empty means bot.DefaultRateLimit. serve parses it.
	RateLimit string

	SlackSigningSecret string
	SlackBotToken      string
	SlackAppToken      string

	DiscordBotToken  string
	DiscordAppID     string
	DiscordPublicKey string
	DiscordGuildID   string
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
	for _, e := range strings.Split(getenv("FACTDESK_EDITORS"), ",") {
		if e = strings.TrimSpace(e); e != "" {
			c.Editors = append(c.Editors, e)
		}
	}
	return c
}
