package main

import (
	"strings"
	"testing"
)

// TestConfig_HTTPLimits: the HTTP API's limits per client are read from their
// settings, with their defaults when empty, and a value that cannot work is
// ignored with a warning naming the setting.
func TestConfig_HTTPLimits(t *testing.T) {
	for _, tt := range []struct {
		name        string
		env         map[string]string
		concurrency int
		trust       bool
		warning     string
	}{
		{"Defaults", nil, defaultHTTPConcurrency, false, ""},
		{"Set", map[string]string{"FACTDESK_HTTP_CONCURRENCY": "16", "FACTDESK_TRUST_FORWARDED_FOR": "1"}, 16, true, ""},
		{"Off", map[string]string{"FACTDESK_HTTP_CONCURRENCY": "off"}, 0, false, ""},
		{"BadConcurrency", map[string]string{"FACTDESK_HTTP_CONCURRENCY": "lots"}, defaultHTTPConcurrency, false, "FACTDESK_HTTP_CONCURRENCY"},
		{"BadTrust", map[string]string{"FACTDESK_TRUST_FORWARDED_FOR": "yes"}, defaultHTTPConcurrency, false, "FACTDESK_TRUST_FORWARDED_FOR"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := ConfigFromEnv(func(k string) string { return tt.env[k] })
			if c.HTTPConcurrency != tt.concurrency || c.TrustForwardedFor != tt.trust {
				t.Errorf("concurrency %d, trust %v; want %d, %v", c.HTTPConcurrency, c.TrustForwardedFor, tt.concurrency, tt.trust)
			}
			warned := strings.Join(c.Warnings, "\n")
			if tt.warning == "" && warned != "" || tt.warning != "" && !strings.Contains(warned, tt.warning) {
				t.Errorf("warnings %q, want one naming %q", warned, tt.warning)
			}
			l, err := c.clientLimits()
			if err != nil || l.Rate <= 0 || l.Burst != 300 {
				t.Errorf("limits %+v (%v), want the default rate, 300 a minute", l, err)
			}
		})
	}
	if l, err := (Config{HTTPRate: "off"}).clientLimits(); err != nil || l.Rate != 0 {
		t.Errorf("FACTDESK_HTTP_RATE=off: %+v %v, want no rate limit", l, err)
	}
}
