package slack

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

// TestRender_HostileFlagNote: a flag's note is anyone's words, and editors
// read it in /fact pending. In Slack's mrkdwn it stays text: a link in Slack's
// own syntax, a mention, @channel and formatting show as typed; and a display
// name made to look like an editor's id cannot pass for the editor.
func TestRender_HostileFlagNote(t *testing.T) {
	kb := sqlitetest.Open(t)
	b := bot.New(kb, []string{"slack:UEDITOR"}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	b.EnableCuration(kb)
	ctx := context.Background()
	note := "<https://evil.example/login|Re-verify your editor account> <@UEDITOR> <!channel> *urgent* _now_ ~gone~ `code`"
	if rep := b.Handle(ctx, bot.Request{Platform: "slack", UserID: "UMALLORY", UserName: "ana (slack:UEDITOR)",
		Text: "flag un-xinjiang-2021/coalition-signed-statement " + note}); rep.Kind != bot.KindDone {
		t.Fatalf("flag: %s %q", rep.Kind, rep.Text)
	}
	rep := b.Handle(ctx, bot.Request{Platform: "slack", UserID: "UEDITOR", Text: "pending"})
	js := encode(t, render(rep, renderOptions{}))
	if !strings.Contains(js, "Re-verify your editor account") {
		t.Fatalf("the review queue does not show the note:\n%s", js)
	}
	for _, markup := range []string{"<https://evil", "<@UEDITOR>", "<!channel>", "*urgent*", "_now_", "~gone~", "`code`"} {
		if strings.Contains(js, markup) {
			t.Errorf("the review queue shows %q as Slack markup:\n%s", markup, js)
		}
	}
	if !strings.Contains(js, "slack:UMALLORY") || strings.Contains(js, "(slack:UEDITOR)") {
		t.Errorf("the flagger passes for the editor, or is not named by id:\n%s", js)
	}
}
