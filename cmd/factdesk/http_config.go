package main

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/time/rate"

	httpapi "github.com/factdesk/factdesk/adapters/http"
	"github.com/factdesk/factdesk/bot"
)

// The HTTP API's limits per client, when their settings are empty: a person
// at the editor's page or a newsroom script stays far inside them; a client
// sending drafts back to back does not.
const (
	defaultHTTPRate        = "300/minute"
	defaultHTTPConcurrency = 4
)

// readHTTPSettings reads FACTDESK_HTTP_RATE (parsed by serve, like
// FACTDESK_RATE_LIMIT), FACTDESK_HTTP_CONCURRENCY and
// FACTDESK_TRUST_FORWARDED_FOR, with a warning for each that cannot work.
func (c *Config) readHTTPSettings(getenv func(string) string) {
	c.HTTPRate = getenv("FACTDESK_HTTP_RATE")
	c.HTTPConcurrency = defaultHTTPConcurrency
	switch v := strings.ToLower(strings.TrimSpace(getenv("FACTDESK_HTTP_CONCURRENCY"))); v {
	case "":
	case "off", "0", "none":
		c.HTTPConcurrency = 0
	default:
		n, err := strconv.Atoi(v)
		if err != nil || n < 0 {
			c.Warnings = append(c.Warnings, fmt.Sprintf("FACTDESK_HTTP_CONCURRENCY is %q, not a number of requests or off; each client may have %d in flight", v, defaultHTTPConcurrency))
		} else {
			c.HTTPConcurrency = n
		}
	}
	c.TrustForwardedFor = c.onOff(getenv, "FACTDESK_TRUST_FORWARDED_FOR", "clients are told apart by their connections' addresses")
}

// clientLimits turns the settings into the HTTP API's limits per client.
func (c Config) clientLimits() (httpapi.ClientLimits, error) {
	s := c.HTTPRate
	if strings.TrimSpace(s) == "" {
		s = defaultHTTPRate
	}
	l, err := bot.ParseRateLimit(s)
	if err != nil {
		return httpapi.ClientLimits{}, usageErrorf("FACTDESK_HTTP_RATE: %v", err)
	}
	out := httpapi.ClientLimits{Concurrency: c.HTTPConcurrency, TrustForwardedFor: c.TrustForwardedFor}
	if l.N > 0 {
		out.Rate, out.Burst = rate.Limit(float64(l.N)/l.Per.Seconds()), l.N
	}
	return out, nil
}

// describeClientLimits says the limits in serve's log.
func describeClientLimits(l httpapi.ClientLimits, rateSetting string) []any {
	rateText, conc := "off", "off"
	if l.Rate > 0 {
		rateText = rateSetting
		if strings.TrimSpace(rateText) == "" {
			rateText = defaultHTTPRate
		}
	}
	if l.Concurrency > 0 {
		conc = strconv.Itoa(l.Concurrency)
	}
	return []any{"rate", rateText, "in_flight", conc, "trust_forwarded_for", l.TrustForwardedFor, "deadline", httpapi.RequestTimeout.String(), "chat_deadline", bot.WorkTimeout.String()}
}
