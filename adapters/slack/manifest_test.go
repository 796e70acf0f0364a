package slack_test

import (
	"net/http"
	"net/url"
	"os"
	"slices"
	"testing"

	"gopkg.in/yaml.v3"

	slackadapter "github.com/factdesk/factdesk/adapters/slack"
)

// manifest is the part of a Slack app manifest factdesk depends on.
type manifest struct {
	Features struct {
		AppHome struct {
			MessagesTab         bool `yaml:"messages_tab_enabled"`
			MessagesTabReadOnly bool `yaml:"messages_tab_read_only_enabled"`
		} `yaml:"app_home"`
		SlashCommands []struct {
			Command string `yaml:"command"`
			URL     string `yaml:"url"`
		} `yaml:"slash_commands"`
	} `yaml:"features"`
	OAuthConfig struct {
		Scopes struct {
			Bot []string `yaml:"bot"`
		} `yaml:"scopes"`
	} `yaml:"oauth_config"`
	Settings struct {
		EventSubscriptions struct {
			RequestURL string   `yaml:"request_url"`
			BotEvents  []string `yaml:"bot_events"`
		} `yaml:"event_subscriptions"`
		Interactivity struct {
			IsEnabled  bool   `yaml:"is_enabled"`
			RequestURL string `yaml:"request_url"`
		} `yaml:"interactivity"`
		SocketMode bool `yaml:"socket_mode_enabled"`
	} `yaml:"settings"`
}

// TestManifests keeps the manifests in the repository in step with the adapter:
// the command, scopes and events it needs, and URLs that are routes it serves.
func TestManifests(t *testing.T) {
	mux := http.NewServeMux()
	slackadapter.New(nil, slackadapter.Config{SigningSecret: secret}, nil).Register(mux)
	served := func(t *testing.T, raw string) {
		t.Helper()
		u, err := url.Parse(raw)
		if err != nil || u.Scheme != "https" {
			t.Errorf("URL %q is not https", raw)
			return
		}
		if _, pattern := mux.Handler(&http.Request{Method: http.MethodPost, URL: u}); pattern == "" {
			t.Errorf("URL %q is no route the adapter serves", raw)
		}
	}
	for _, tc := range []struct {
		file       string
		socketMode bool
	}{{"manifest.yaml", false}, {"manifest-socket-mode.yaml", true}} {
		t.Run(tc.file, func(t *testing.T) {
			data, err := os.ReadFile(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			var m manifest
			if err := yaml.Unmarshal(data, &m); err != nil {
				t.Fatalf("%s: %v", tc.file, err)
			}
			if len(m.Features.SlashCommands) != 1 || m.Features.SlashCommands[0].Command != "/fact" {
				t.Errorf("slash commands = %+v, want /fact", m.Features.SlashCommands)
			}
			for _, s := range []string{"commands", "app_mentions:read", "chat:write", "im:history"} {
				if !slices.Contains(m.OAuthConfig.Scopes.Bot, s) {
					t.Errorf("bot scopes lack %s", s)
				}
			}
			for _, e := range []string{"app_mention", "message.im"} {
				if !slices.Contains(m.Settings.EventSubscriptions.BotEvents, e) {
					t.Errorf("bot events lack %s", e)
				}
			}
			if !m.Settings.Interactivity.IsEnabled {
				t.Error("interactivity is off")
			}
			// Direct messages: the App Home's Messages tab, open for writing.
			if !m.Features.AppHome.MessagesTab || m.Features.AppHome.MessagesTabReadOnly {
				t.Errorf("app_home = %+v, want the messages tab on and not read-only", m.Features.AppHome)
			}
			if m.Settings.SocketMode != tc.socketMode {
				t.Errorf("socket_mode_enabled = %v, want %v", m.Settings.SocketMode, tc.socketMode)
			}
			if tc.socketMode {
				return
			}
			served(t, m.Features.SlashCommands[0].URL)
			served(t, m.Settings.EventSubscriptions.RequestURL)
			served(t, m.Settings.Interactivity.RequestURL)
		})
	}
}
