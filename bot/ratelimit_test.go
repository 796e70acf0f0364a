package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/factdesk/factdesk/bot"
)

// TestBot_RateLimit: a person over the limit gets a polite refusal saying when to
// try again, whatever they ask; other people, and the same id on another
// platform, are not affected.
func TestBot_RateLimit(t *testing.T) {
	b := newBot(t)
	b.LimitRate(bot.RateLimit{N: 3, Per: time.Hour})
	ctx := context.Background()
	alice := bot.Request{Platform: "slack", UserID: "U-ALICE", Text: "who signed the statement?"}
	for i := range 3 {
		if rep := b.Handle(ctx, alice); rep.Kind != bot.KindAnswer {
			t.Fatalf("request %d: %q %q, want an answer", i+1, rep.Kind, rep.Text)
		}
	}
	for _, text := range []string{"who signed the statement?", "help", "check 45 countries signed.", ""} {
		alice.Text = text
		rep := b.Handle(ctx, alice)
		if rep.Kind != bot.KindRefusal || !strings.Contains(rep.Text, "Please try again in") || !strings.Contains(rep.Text, "(3 an hour)") {
			t.Errorf("%q over the limit: %q %q, want a polite refusal", text, rep.Kind, rep.Text)
		}
	}
	for _, other := range []bot.Request{
		{Platform: "slack", UserID: "U-BOB", Text: "who signed the statement?"},
		{Platform: "discord", UserID: "U-ALICE", Text: "who signed the statement?"},
	} {
		if rep := b.Handle(ctx, other); rep.Kind != bot.KindAnswer {
			t.Errorf("%s:%s refused for alice's requests: %q", other.Platform, other.UserID, rep.Text)
		}
	}
	b.LimitRate(bot.RateLimit{})
	alice.Text = "help"
	if rep := b.Handle(ctx, alice); rep.Kind != bot.KindHelp {
		t.Errorf("with the limit off, got %q %q", rep.Kind, rep.Text)
	}
}
