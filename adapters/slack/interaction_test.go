package slack_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	slackadapter "github.com/factdesk/factdesk/adapters/slack"
	"github.com/factdesk/factdesk/bot"
)

// click sends a signed block_actions payload for the share button.
func (f *fixture) click(t *testing.T, user, value, responseURL string) *http.Response {
	t.Helper()
	payload, _ := json.Marshal(map[string]any{
		"type": "block_actions", "user": map[string]string{"id": user, "name": "reporter"},
		"api_app_id": "A123456", "trigger_id": "1234.5678", "response_url": responseURL,
		"team":      map[string]string{"id": "T0001", "domain": "newsroom"},
		"channel":   map[string]string{"id": "C2147483705", "name": "politics"},
		"container": map[string]any{"type": "message", "is_ephemeral": true},
		"actions": []map[string]any{{
			"type": "button", "action_id": "factdesk_share", "block_id": "factdesk_actions", "value": value,
			"text": map[string]any{"type": "plain_text", "text": "Post to channel"}, "action_ts": "1700000000.1",
		}},
	})
	body := []byte(url.Values{"payload": {string(payload)}}.Encode())
	return f.post(t, "/slack/interactions", "application/x-www-form-urlencoded", body, signedNow(body))
}

func TestInteractions_Share(t *testing.T) {
	f := newFixture(t, slackadapter.Config{})
	rec := newRecorder(t)
	answer := f.command(t, "U0REPORTER", "who signed the statement?", rec.URL)
	value := answer.shareValue()
	if value == "" {
		t.Fatal("the answer has no share button")
	}
	resp := f.click(t, "U0REPORTER", value, rec.URL)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status = %d, want 200", resp.StatusCode)
	}
	got := rec.wait(t)
	if got.ResponseType != "in_channel" {
		t.Errorf("response_type = %q, want in_channel", got.ResponseType)
	}
	if !strings.Contains(got.all(), "43") || !strings.Contains(got.all(), "<@U0REPORTER> asked") {
		t.Errorf("shared answer = %s", got.all())
	}
	if got.shareValue() != "" {
		t.Error("the shared answer still offers the share button")
	}
	// Then the private copy, with its button, is removed: the asker sees the
	// answer once, in the channel.
	if del := rec.wait(t); !del.DeleteOriginal || len(del.Blocks) != 0 {
		t.Errorf("after sharing, response_url got %+v; want the private copy deleted", del)
	}
	f.adapter.Wait()
	if n := rec.count(); n != 2 {
		t.Errorf("response_url got %d posts, want the answer and the deletion", n)
	}
}

// TestInteractions_ShareRefused: when the command, run again, is refused (the
// person is over the rate limit), the refusal goes to them alone and their
// private copy stays, with its button.
func TestInteractions_ShareRefused(t *testing.T) {
	f := newFixture(t, slackadapter.Config{}, func(b *bot.Bot) { b.LimitRate(bot.RateLimit{N: 1, Per: time.Hour}) })
	rec := newRecorder(t)
	answer := f.command(t, "U0REPORTER", "who signed the statement?", rec.URL)
	f.click(t, "U0REPORTER", answer.shareValue(), rec.URL)
	got := rec.wait(t)
	f.adapter.Wait()
	if got.ResponseType != "ephemeral" || got.ReplaceOriginal || got.DeleteOriginal || !strings.Contains(got.all(), "more requests") {
		t.Errorf("response_url got %s replace=%v delete=%v %s; want the refusal for the asker alone", got.ResponseType, got.ReplaceOriginal, got.DeleteOriginal, got.all())
	}
	if n := rec.count(); n != 1 {
		t.Errorf("response_url got %d posts, want only the refusal", n)
	}
}

func TestInteractions_ShareWithoutResponseURL(t *testing.T) {
	api := newSlackAPI(t)
	f := newFixture(t, slackadapter.Config{BotToken: "xoxb-test", APIURL: api.GetAPIURL()})
	f.click(t, "U0REPORTER", "who signed the statement?", "")
	f.adapter.Wait()
	posts := api.Posts()
	if len(posts) != 1 || posts[0].Get("channel") != "C2147483705" || !strings.Contains(posts[0].Get("blocks"), "43") {
		t.Errorf("chat.postMessage calls = %v, want one answer in C2147483705", posts)
	}
}

func TestInteractions_CurationNeverReplayed(t *testing.T) {
	var ran []string
	curation := func(name string, editorsOnly bool) bot.Command {
		return bot.Command{Name: name, EditorsOnly: editorsOnly,
			Args: []bot.Arg{{Name: "id", Kind: bot.ArgFactID, Required: true}, {Name: "note", Kind: bot.ArgText, Required: true}},
			Handler: func(ctx context.Context, r bot.Request, args string) bot.Reply {
				ran = append(ran, name)
				return bot.Reply{Kind: bot.KindAnswer, Text: name + " done"}
			}}
	}
	f := newFixture(t, slackadapter.Config{}, func(b *bot.Bot) {
		b.Register(curation("retract", true))
		b.Register(curation("flag", false))
	})
	rec := newRecorder(t)
	for _, text := range []string{"retract un-xinjiang-2021/coalition-signed-statement wrong", "flag un-xinjiang-2021/coalition-signed-statement wrong"} {
		if m := f.command(t, "UEDITOR", text, rec.URL); m.shareValue() != "" {
			t.Errorf("%q offers the share button", text)
		}
		f.click(t, "UEDITOR", text, rec.URL)
	}
	f.adapter.Wait()
	if len(ran) != 2 || rec.count() != 0 {
		t.Errorf("share clicks re-ran curation commands: ran %v, posted %d", ran, rec.count())
	}
}
