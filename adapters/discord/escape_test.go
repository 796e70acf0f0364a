package discord

import (
	"context"
	"io"
	"log/slog"
	"regexp"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

// TestRender_HostileFlagNote: a flag's note is anyone's words, and editors
// read it in /fact pending. Shown in Discord, a masked link in it stays text
// (no "Re-verify your account" link to anywhere), as do mentions, @everyone
// and formatting; and a display name made to look like an editor's id cannot
// pass for the editor: the flagger's own id shows, the imitation does not.
func TestRender_HostileFlagNote(t *testing.T) {
	kb := sqlitetest.Open(t)
	b := bot.New(kb, []string{"discord:111111111111111111"}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	b.EnableCuration(kb)
	ctx := context.Background()
	note := "[Re-verify your editor account](https://evil.example/login) <@111111111111111111> <@&42> <#7> @everyone **urgent** ||hidden|| `code`\n# BIG\n> quoted"
	flagged := b.Handle(ctx, bot.Request{Platform: Platform, UserID: "999999999999999999", UserName: "Eddie (discord:111111111111111111)",
		Text: "flag un-xinjiang-2021/coalition-signed-statement " + note})
	if flagged.Kind != bot.KindDone {
		t.Fatalf("flag: %s %q", flagged.Kind, flagged.Text)
	}
	pending := b.Handle(ctx, bot.Request{Platform: Platform, UserID: "111111111111111111", UserName: "Eddie", Text: "pending"})
	for name, rep := range map[string]bot.Reply{"the flagger's receipt": flagged, "the editors' review queue": pending} {
		msg := render(rep)
		shown := msg.Content
		for _, e := range msg.Embeds {
			shown += "\n" + e.Title + "\n" + e.Description
			for _, f := range e.Fields {
				shown += "\n" + f.Name + "\n" + f.Value
			}
		}
		if !strings.Contains(shown, "Re-verify your editor account") {
			t.Fatalf("%s does not show the note: %s", name, shown)
		}
		for _, markup := range []string{"](", "<@", "<#", "@everyone", "**", "||", "`", "# BIG", "> quoted"} {
			if unescaped(shown, markup) {
				t.Errorf("%s shows %q as Discord markup:\n%s", name, markup, shown)
			}
		}
		if name == "the editors' review queue" {
			if !strings.Contains(shown, "discord:999999999999999999") || strings.Contains(shown, "(discord:111111111111111111)") {
				t.Errorf("%s: the flagger passes for the editor, or is not named by id:\n%s", name, shown)
			}
		}
	}
}

// unescaped reports whether markup occurs in s without a backslash before it.
func unescaped(s, markup string) bool {
	return regexp.MustCompile(`(^|[^\\])` + regexp.QuoteMeta(markup)).MatchString(s)
}
