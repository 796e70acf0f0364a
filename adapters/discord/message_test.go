package discord

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

func TestCommandText(t *testing.T) {
	for _, tt := range []struct {
		content string
		direct  bool
		want    string
		ok      bool
	}{
		{"!fact who signed the statement?", false, "who signed the statement?", true},
		{"  !FACT   who signed?  ", false, "who signed?", true},
		{"!fact", false, "", true},
		{"!fact\ncheck A coalition of 45", false, "check A coalition of 45", true},
		{"!factual question", false, "", false},
		{"<@bot-1> who signed the statement?", false, "who signed the statement?", true},
		{"<@!bot-1> help", false, "help", true},
		{"hey <@bot-1>, who signed?", false, "", false},
		{"thanks <@bot-1>, that helped", false, "", false},
		{"<@bot-1>, who signed?", false, "who signed?", true},
		{"<@bot-1>: who signed?", false, "who signed?", true},
		{"<@bot-1> who signed?", true, "who signed?", true},
		{"<@someone-else> who signed?", false, "", false},
		{"who signed the statement?", false, "", false},
		{"who signed the statement?", true, "who signed the statement?", true},
		{"   ", true, "", false},
	} {
		got, ok := commandText(tt.content, "bot-1", tt.direct)
		if got != tt.want || ok != tt.ok {
			t.Errorf("commandText(%q, direct=%v) = %q, %v; want %q, %v", tt.content, tt.direct, got, ok, tt.want, tt.ok)
		}
	}
}

// gatewayAdapter is an adapter as the gateway leaves it once connected: it knows
// its own user id.
func gatewayAdapter(t *testing.T, fake *fakeDiscord) (*Adapter, *countingKB) {
	t.Helper()
	kb := MustOpenKB(t)
	a := MustNewAdapter(t, kb, fake, Config{Token: "test-token", AppID: "app-1"})
	a.session.State.User = &discordgo.User{ID: "bot-1", Username: "factdesk", Bot: true}
	return a, kb
}

func messageCreate(author *discordgo.User, content string) *discordgo.MessageCreate {
	return &discordgo.MessageCreate{Message: &discordgo.Message{
		ID: "m-1", ChannelID: "c-1", GuildID: "g-1", Content: content, Author: author,
	}}
}

func TestMessage_Answer(t *testing.T) {
	for name, content := range map[string]string{
		"Trigger": "!fact who signed the statement?",
		"Mention": "<@bot-1> who signed the statement?",
	} {
		t.Run(name, func(t *testing.T) {
			fake := newFakeDiscord(t)
			a, _ := gatewayAdapter(t, fake)
			a.handleMessage(context.Background(), a.session, messageCreate(&discordgo.User{ID: "u-1", Username: "reporter"}, content))

			calls := fake.Calls()
			if len(calls) != 1 {
				t.Fatalf("Discord got %d calls, want exactly one reply: %+v", len(calls), calls)
			}
			c := calls[0]
			if c.Method != http.MethodPost || c.Path != api+"/channels/c-1/messages" {
				t.Fatalf("call = %s %s, want POST %s/channels/c-1/messages", c.Method, c.Path, api)
			}
			var sent struct {
				Reference *struct {
					MessageID string `json:"message_id"`
					ChannelID string `json:"channel_id"`
				} `json:"message_reference"`
				Embeds []struct {
					Description string `json:"description"`
				} `json:"embeds"`
			}
			if err := json.Unmarshal([]byte(c.Body), &sent); err != nil {
				t.Fatalf("reply body: %v: %s", err, c.Body)
			}
			if sent.Reference == nil || sent.Reference.MessageID != "m-1" || sent.Reference.ChannelID != "c-1" {
				t.Errorf("message_reference = %+v, want a reply to m-1 in c-1", sent.Reference)
			}
			if len(sent.Embeds) != 1 || !strings.Contains(sent.Embeds[0].Description, "43") {
				t.Errorf("reply = %s, want an embed answering 43", c.Body)
			}
		})
	}
}

func TestMessage_Ignored(t *testing.T) {
	for name, mc := range map[string]*discordgo.MessageCreate{
		"OtherBot":      messageCreate(&discordgo.User{ID: "u-2", Username: "otherbot", Bot: true}, "!fact who signed the statement?"),
		"Itself":        messageCreate(&discordgo.User{ID: "bot-1", Username: "factdesk"}, "!fact who signed the statement?"),
		"NotAddressed":  messageCreate(&discordgo.User{ID: "u-1", Username: "reporter"}, "who signed the statement?"),
		"NoAuthor":      messageCreate(nil, "!fact who signed the statement?"),
		"EmptyContent":  messageCreate(&discordgo.User{ID: "u-1", Username: "reporter"}, ""),
		"NilMessage":    {},
		"WebhookAuthor": {Message: &discordgo.Message{ID: "m-1", ChannelID: "c-1", GuildID: "g-1", WebhookID: "w-1", Content: "!fact help", Author: &discordgo.User{ID: "w-1"}}},
	} {
		t.Run(name, func(t *testing.T) {
			fake := newFakeDiscord(t)
			a, kb := gatewayAdapter(t, fake)
			a.handleMessage(context.Background(), a.session, mc)
			if calls := fake.Calls(); len(calls) != 0 {
				t.Errorf("Discord got %d calls, want none: %+v", len(calls), calls)
			}
			if n := kb.calls.Load(); n != 0 {
				t.Errorf("the engine was called %d times, want 0", n)
			}
		})
	}
}

func TestMessage_DirectMessage(t *testing.T) {
	fake := newFakeDiscord(t)
	a, _ := gatewayAdapter(t, fake)
	mc := messageCreate(&discordgo.User{ID: "u-1", Username: "reporter"}, "who signed the statement?")
	mc.GuildID = ""
	a.handleMessage(context.Background(), a.session, mc)
	if calls := fake.Calls(); len(calls) != 1 || !strings.Contains(calls[0].Body, "43") {
		t.Errorf("calls = %+v, want one reply with the answer", calls)
	}
}

func TestInteraction_Gateway(t *testing.T) {
	t.Run("Command", func(t *testing.T) {
		fake := newFakeDiscord(t)
		a, _ := gatewayAdapter(t, fake)
		var ic discordgo.InteractionCreate
		if err := json.Unmarshal([]byte(mustJSON(t, commandInteraction("ask", "question", "who signed the statement?"))), &ic); err != nil {
			t.Fatal(err)
		}
		a.handleInteraction(context.Background(), a.session, &ic)
		calls := fake.Calls()
		if len(calls) != 1 || calls[0].Path != api+"/interactions/i-1/itoken/callback" {
			t.Fatalf("calls = %+v, want one interaction callback", calls)
		}
		var resp interactionResponse
		if err := json.Unmarshal([]byte(calls[0].Body), &resp); err != nil {
			t.Fatal(err)
		}
		if resp.Type != 4 || resp.Data == nil || len(resp.Data.Embeds) != 1 || !strings.Contains(resp.Data.Embeds[0].Description, "43") {
			t.Errorf("callback = %s, want type 4 with an embed answering 43", calls[0].Body)
		}
	})
	// Reading command data from any other kind of interaction panics in discordgo;
	// the adapter must not ask.
	t.Run("OtherTypes", func(t *testing.T) {
		fake := newFakeDiscord(t)
		a, _ := gatewayAdapter(t, fake)
		for _, typ := range []discordgo.InteractionType{discordgo.InteractionPing, discordgo.InteractionMessageComponent, discordgo.InteractionModalSubmit, discordgo.InteractionApplicationCommandAutocomplete} {
			a.handleInteraction(context.Background(), a.session, &discordgo.InteractionCreate{Interaction: &discordgo.Interaction{ID: "i-2", Type: typ}})
		}
		a.handleInteraction(context.Background(), a.session, &discordgo.InteractionCreate{})
		if calls := fake.Calls(); len(calls) != 0 {
			t.Errorf("calls = %+v, want none", calls)
		}
	})
}
