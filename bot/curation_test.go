package bot_test

import (
	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

const (
	story    = "riverton-transit-2024"
	drivers  = story + "/drivers-hired"
	grant    = story + "/pending-grant"
	driversQ = "How many new bus drivers will the transit authority hire?"
)

// newCurationBot builds a bot with curation over a real knowledge base holding the
// Riverton story; slack:UEDITOR and discord:456 are editors.
func newCurationBot(t *testing.T) (*bot.Bot, *sqlite.KB) {
	t.Helper()
	kb := sqlitetest.OpenEmpty(t)
	sqlitetest.Import(t, kb, "../facts/testdata/riverton-transit.yaml")
	b := bot.New(kb, []string{"slack:UEDITOR", "discord:456"}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	b.EnableCuration(kb)
	return b, kb
}

// snapshot is everything a command could change: the export and the history.
func snapshot(t *testing.T, kb *sqlite.KB) [2]any {
	t.Helper()
	dir := t.TempDir()
	if _, err := kb.Export(context.Background(), dir, sqlite.ExportOptions{}); err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
		files[e.Name()] = string(b)
	}
	hist, _ := kb.History(context.Background(), story)
	rev, _ := kb.Review(context.Background())
	return [2]any{files, [2]any{hist, rev}}
}

func TestCuration_NonEditorChangesNothing(t *testing.T) {
	b, kb := newCurationBot(t)
	ctx := context.Background()
	before := snapshot(t, kb)
	for _, r := range []bot.Request{
		{Platform: "slack", UserID: "U0REPORTER", Text: "retract " + drivers + " I think it is wrong"},
		{Platform: "slack", UserID: "U0REPORTER", Text: "approve " + grant},
		{Platform: "slack", UserID: "U0REPORTER", Text: "pending"},
		{Platform: "discord", UserID: "UEDITOR", Text: "retract " + drivers + " right user id, wrong platform"},
		{Platform: "slack", UserID: "456", Text: "APPROVE " + grant},
	} {
		rep := b.Handle(ctx, r)
		if rep.Kind != bot.KindRefusal || !strings.HasPrefix(rep.Text, "Only editors can") {
			t.Errorf("%s:%s %q: reply %s %q, want a refusal", r.Platform, r.UserID, r.Text, rep.Kind, rep.Text)
		}
	}
	if after := snapshot(t, kb); !reflect.DeepEqual(after, before) {
		t.Error("a non-editor's curation command changed the knowledge base")
	}
	if rep := b.Handle(ctx, bot.Request{Platform: "slack", UserID: "U0REPORTER", Text: "pending"}); !strings.Contains(rep.Text, "see the facts awaiting review") {
		t.Errorf("refusal %q does not say what was refused", rep.Text)
	}
	// Help shows a non-editor only what they may do.
	help := b.Handle(ctx, bot.Request{Platform: "slack", UserID: "U0REPORTER", Text: "help"}).PlainText()
	if strings.Contains(help, "retract") || !strings.Contains(help, "flag <fact-id> <note>") {
		t.Errorf("help for a reporter:\n%s", help)
	}
	if help := b.Handle(ctx, bot.Request{Platform: "discord", UserID: "456", Text: "help"}).PlainText(); !strings.Contains(help, "retract <fact-id> <reason>") {
		t.Errorf("help for an editor lacks retract:\n%s", help)
	}
}

func TestCuration_FlagForEveryone(t *testing.T) {
	b, kb := newCurationBot(t)
	ctx := context.Background()
	rep := b.Handle(ctx, bot.Request{Platform: "slack", UserID: "U0REPORTER", UserName: "rita", Text: "flag " + drivers + " The gazette ran a correction: 58."})
	if rep.Kind != bot.KindDone || !strings.Contains(rep.Text, "Flagged "+drivers) {
		t.Fatalf("reply = %s %q", rep.Kind, rep.Text)
	}
	rev, _ := kb.Review(ctx)
	if len(rev.Flags) != 1 || rev.Flags[0].Actor != "rita (slack:U0REPORTER)" || rev.Flags[0].Surface != "slack" {
		t.Errorf("flags = %+v", rev.Flags)
	}
	hist, _ := kb.History(ctx, drivers)
	if last := hist[len(hist)-1]; last.Action != "flag" || last.Surface != "slack" {
		t.Errorf("history = %+v, want the flag", last)
	}
	for _, text := range []string{"flag", "flag " + drivers, "flag " + story + "/nope wrong"} {
		if rep := b.Handle(ctx, bot.Request{Platform: "slack", UserID: "U0REPORTER", Text: text}); rep.Kind != bot.KindError {
			t.Errorf("%q: reply %s %q, want an error", text, rep.Kind, rep.Text)
		}
	}
	// Editors see the flag in the queue.
	rep = b.Handle(ctx, bot.Request{Platform: "slack", UserID: "UEDITOR", Text: "pending"})
	if text := rep.PlainText(); !strings.Contains(text, grant) || !strings.Contains(text, "58") {
		t.Errorf("pending:\n%s", text)
	}
}

func TestCuration_EditorRetractsAndApproves(t *testing.T) {
	b, kb := newCurationBot(t)
	ctx := context.Background()
	ed := bot.Request{Platform: "discord", UserID: "456", UserName: "eddie"}
	ask := func(q string) facts.Answer {
		ans, err := kb.Ask(ctx, q, facts.AskOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return ans
	}
	if rep := b.Handle(ctx, with(ed, "retract "+drivers)); rep.Kind != bot.KindError || !strings.Contains(rep.Text, "reason") {
		t.Errorf("retract without a reason: %s %q", rep.Kind, rep.Text)
	}
	rep := b.Handle(ctx, with(ed, "retract "+drivers+" The authority said 58."))
	if rep.Kind != bot.KindDone || !strings.Contains(rep.Text, "Retracted") {
		t.Fatalf("retract: %s %q", rep.Kind, rep.Text)
	}
	if ans := ask(driversQ); strings.Contains(ans.Answer, "85") {
		t.Errorf("retracted fact still answers: %q", ans.Answer)
	}
	st, _ := kb.Status(ctx, drivers)
	if st.Status != facts.StatusRetracted || st.Reason != "The authority said 58." {
		t.Errorf("status = %+v", st)
	}
	hist, _ := kb.History(ctx, drivers)
	if last := hist[len(hist)-1]; last.Action != "retract" || last.Actor != "eddie (discord:456)" || last.Surface != "discord" {
		t.Errorf("history = %+v", last)
	}

	if ans := ask("How much is the grant?"); ans.Found {
		t.Fatalf("pending fact answered: %q", ans.Answer)
	}
	if rep := b.Handle(ctx, with(ed, "approve "+grant)); rep.Kind != bot.KindDone {
		t.Fatalf("approve: %s %q", rep.Kind, rep.Text)
	}
	if ans := ask("How much is the grant?"); !ans.Found || !strings.Contains(ans.Answer, "$10 million") {
		t.Errorf("approved fact does not answer: %q", ans.Answer)
	}
	if rep := b.Handle(ctx, with(ed, "pending")); rep.Kind != bot.KindDone || !strings.Contains(rep.Text, "Nothing awaits review") {
		t.Errorf("pending after approval: %s %q", rep.Kind, rep.Text)
	}
}

func with(r bot.Request, text string) bot.Request {
	r.Text = text
	return r
}
