package slack_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/slack-go/slack/slacktest"

	slackadapter "github.com/factdesk/factdesk/adapters/slack"
)

// slackAPI is slacktest's local Slack Web API, recording every chat.postMessage.
type slackAPI struct {
	*slacktest.Server
	mu    sync.Mutex
	posts []url.Values
}

func newSlackAPI(t *testing.T) *slackAPI {
	api := &slackAPI{}
	api.Server = slacktest.NewTestServer(func(c slacktest.Customize) {
		c.Handle("/chat.postMessage", func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			v, err := url.ParseQuery(string(body))
			if err != nil {
				t.Errorf("chat.postMessage body: %v", err)
			}
			api.mu.Lock()
			api.posts = append(api.posts, v)
			n := len(api.posts)
			api.mu.Unlock()
			fmt.Fprintf(w, `{"ok":true,"channel":%q,"ts":"1700000000.%06d"}`, v.Get("channel"), n)
		})
	})
	api.Start()
	t.Cleanup(api.Stop)
	return api
}

func (api *slackAPI) Posts() []url.Values {
	api.mu.Lock()
	defer api.mu.Unlock()
	return append([]url.Values(nil), api.posts...)
}

func (f *fixture) event(t *testing.T, payload string) *http.Response {
	t.Helper()
	body := []byte(payload)
	return f.post(t, "/slack/events", "application/json", body, signedNow(body))
}

func mentionEvent(eventID, text, ts, threadTS, botID string) string {
	ev := map[string]any{
		"type": "app_mention", "user": "U0REPORTER", "text": text, "ts": ts,
		"channel": "C2147483705", "event_ts": ts,
	}
	if threadTS != "" {
		ev["thread_ts"] = threadTS
	}
	if botID != "" {
		ev["bot_id"] = botID
	}
	js, _ := json.Marshal(map[string]any{
		"token": "deprecated", "team_id": "T0001", "api_app_id": "A123456", "type": "event_callback",
		"event_id": eventID, "event_time": 1700000000, "event": ev,
	})
	return string(js)
}

func TestEvents_URLVerification(t *testing.T) {
	f := newFixture(t, slackadapter.Config{})
	resp := f.event(t, `{"token":"deprecated","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`)
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || string(body) != "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" {
		t.Errorf("challenge answer = %d %q", resp.StatusCode, body)
	}
}

func TestEvents_AppMention(t *testing.T) {
	api := newSlackAPI(t)
	f := newFixture(t, slackadapter.Config{BotToken: "xoxb-test", APIURL: api.GetAPIURL()})

	t.Run("AnsweredInThread", func(t *testing.T) {
		resp := f.event(t, mentionEvent("Ev0001", "<@U0BOT> who signed the statement?", "1700000001.000100", "", ""))
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status = %d, want 200", resp.StatusCode)
		}
		f.adapter.Wait()
		posts := api.Posts()
		if len(posts) != 1 {
			t.Fatalf("chat.postMessage calls = %d, want 1", len(posts))
		}
		p := posts[0]
		if p.Get("channel") != "C2147483705" || p.Get("thread_ts") != "1700000001.000100" {
			t.Errorf("posted to channel %q thread %q, want C2147483705 thread 1700000001.000100", p.Get("channel"), p.Get("thread_ts"))
		}
		if !strings.Contains(p.Get("blocks"), "43") || !strings.Contains(p.Get("text"), "43") {
			t.Errorf("answer does not say 43: text=%q blocks=%s", p.Get("text"), p.Get("blocks"))
		}
		if strings.Contains(p.Get("blocks"), "factdesk_share") {
			t.Error("a public answer offers the share button")
		}
	})
	t.Run("RedeliveryIgnored", func(t *testing.T) {
		resp := f.event(t, mentionEvent("Ev0001", "<@U0BOT> who signed the statement?", "1700000001.000100", "", ""))
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("status = %d, want 200 (Slack must stop retrying)", resp.StatusCode)
		}
		f.adapter.Wait()
		if n := len(api.Posts()); n != 1 {
			t.Errorf("chat.postMessage calls = %d after redelivery, want still 1", n)
		}
	})
	t.Run("ReplyInExistingThread", func(t *testing.T) {
		f.event(t, mentionEvent("Ev0002", "<@U0BOT> what did China respond?", "1700000009.000200", "1700000001.000100", ""))
		f.adapter.Wait()
		posts := api.Posts()
		if len(posts) != 2 || posts[1].Get("thread_ts") != "1700000001.000100" {
			t.Fatalf("posts = %v, want a second one in thread 1700000001.000100", posts)
		}
	})
	t.Run("BotIgnored", func(t *testing.T) {
		before := f.engine.calls.Load()
		f.event(t, mentionEvent("Ev0003", "<@U0BOT> who signed the statement?", "1700000010.000300", "", "B0FACTDESK"))
		f.adapter.Wait()
		if n := len(api.Posts()); n != 2 {
			t.Errorf("chat.postMessage calls = %d after a bot's message, want still 2", n)
		}
		if f.engine.calls.Load() != before {
			t.Error("a bot's message reached the engine")
		}
	})
}

func messageEvent(eventID, channelType, text, subtype, botID string) string {
	ev := map[string]any{
		"type": "message", "user": "U0REPORTER", "text": text, "ts": "1700000200.000100",
		"channel": "D0DIRECT", "channel_type": channelType, "event_ts": "1700000200.000100",
	}
	if subtype != "" {
		ev["subtype"] = subtype
	}
	if botID != "" {
		ev["bot_id"] = botID
	}
	js, _ := json.Marshal(map[string]any{
		"token": "deprecated", "team_id": "T0001", "api_app_id": "A123456", "type": "event_callback",
		"event_id": eventID, "event_time": 1700000200, "event": ev,
	})
	return string(js)
}

// TestEvents_DirectMessage: a message written to factdesk in a direct
// conversation is answered there, as a mention is in a channel; its own
// answers, edits and bots' messages are not.
func TestEvents_DirectMessage(t *testing.T) {
	api := newSlackAPI(t)
	f := newFixture(t, slackadapter.Config{BotToken: "xoxb-test", APIURL: api.GetAPIURL()})

	f.event(t, messageEvent("EvDM01", "im", "who signed the statement?", "", ""))
	f.adapter.Wait()
	posts := api.Posts()
	if len(posts) != 1 {
		t.Fatalf("chat.postMessage calls = %d, want 1", len(posts))
	}
	if p := posts[0]; p.Get("channel") != "D0DIRECT" || p.Get("thread_ts") != "" || !strings.Contains(p.Get("text"), "43") {
		t.Errorf("answer posted to %q thread %q text %q; want the answer in the conversation D0DIRECT", p.Get("channel"), p.Get("thread_ts"), p.Get("text"))
	}
	if strings.Contains(posts[0].Get("blocks"), "factdesk_share") {
		t.Error("a direct answer offers the share button")
	}

	f.event(t, messageEvent("EvDM02", "im", "<@U0BOT> help", "", ""))
	f.adapter.Wait()
	if posts := api.Posts(); len(posts) != 2 || !strings.Contains(posts[1].Get("blocks"), "*/fact check ") {
		t.Errorf("help in a direct message: %v", posts)
	}

	before := f.engine.calls.Load()
	for _, ev := range []string{
		messageEvent("EvDM02", "im", "<@U0BOT> help", "", ""),                                // redelivered
		messageEvent("EvDM03", "im", "43 countries signed the statement.", "", "B0FACTDESK"), // our own answer
		messageEvent("EvDM04", "im", "who signed it?", "message_changed", ""),                // an edit
		messageEvent("EvDM05", "channel", "who signed the statement?", "", ""),               // not a direct message
	} {
		if resp := f.event(t, ev); resp.StatusCode != http.StatusOK {
			t.Errorf("status = %d, want 200", resp.StatusCode)
		}
	}
	f.adapter.Wait()
	if n := len(api.Posts()); n != 2 {
		t.Errorf("chat.postMessage calls = %d, want still 2", n)
	}
	if f.engine.calls.Load() != before {
		t.Error("an ignored message reached the engine")
	}
}
