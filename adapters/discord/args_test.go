package discord

import (
	"encoding/json"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/bot/bottest"
)

// TestCommandArgs: /fact registers each command's typed arguments as options,
// in order, and an interaction's options become the bot's text in that order.
func TestCommandArgs(t *testing.T) {
	flag := bot.Command{Name: "flag", Summary: "Flag a fact.", Args: []bot.Arg{
		{Name: "id", Kind: bot.ArgFactID, Description: "The fact.", Required: true},
		{Name: "note", Kind: bot.ArgText, Description: "What is wrong.", Required: true},
	}}
	a := &Adapter{bot: &bottest.Responder{CommandsFn: func() []bot.Command { return []bot.Command{flag} }}}

	subs := applicationCommands(a.bot)[0].Options
	if len(subs) != 1 || len(subs[0].Options) != 2 || subs[0].Options[0].Name != "id" || subs[0].Options[1].Name != "note" || !subs[0].Options[1].Required {
		t.Fatalf("registered %+v, want flag with required id and note options", subs)
	}

	payload := map[string]any{
		"id": "i-1", "type": 2, "channel_id": "c-1",
		"member": map[string]any{"user": map[string]any{"id": "u-1", "username": "reporter"}},
		"data": map[string]any{"id": "cmd-1", "name": "fact", "type": 1, "options": []any{map[string]any{
			"name": "flag", "type": 1, "options": []any{ // Discord may send options in any order
				map[string]any{"name": "note", "type": 3, "value": "The source says 58, not 85."},
				map[string]any{"name": "id", "type": 3, "value": "s/f"},
			}}}},
	}
	raw, _ := json.Marshal(payload)
	var i discordgo.Interaction
	if err := json.Unmarshal(raw, &i); err != nil {
		t.Fatal(err)
	}
	req, err := a.interactionRequest(&i)
	if err != nil {
		t.Fatal(err)
	}
	if want := "flag s/f The source says 58, not 85."; req.Text != want || req.UserID != "u-1" {
		t.Errorf("request = %+v, want text %q from u-1", req, want)
	}
}
