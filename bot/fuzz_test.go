package bot_test

import (
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

// FuzzBot_Handle: any text typed after /fact, by an editor or anyone else, gets a
// reply of a known kind with something to say, never a panic, within
// fuzzBudget (an input that takes longer has found unbounded work). Editors reach the
// curation commands too, so the fuzzer may retract facts on its knowledge base:
// that is allowed, a crash is not.
func FuzzBot_Handle(f *testing.F) {
	for _, s := range []string{
		"who signed the statement?", "", " ", "help", "HELP me", "ask", "ask ask ask", "check", "check 45 countries signed.",
		"source", "source un-xinjiang-2021/coalition-signed-statement", "source /", "source a/b/c", "fact ////",
		"flag", "flag un-xinjiang-2021/coalition-signed-statement", "flag x/y note", "retract", "retract a/b",
		"retract un-xinjiang-2021/coalition-signed-statement wrong figure", "approve", "approve a/b extra words", "pending", "pending now",
		"\x00", "\xff\xfe", "\u00a0check\u00a0x", "check\t45 countries", "source\nun-xinjiang-2021/coalition-signed-statement",
		"🙂", "<@U123> who?", "`code` *bold* _it_ ~s~ >quote", "@everyone @here", "'; DROP TABLE facts; --",
		strings.Repeat("check ", 1000), strings.Repeat("a", facts.MaxQuestionLen+1), strings.Repeat("x", facts.MaxDraftLen+10),
		"check " + strings.Repeat("Zhang, Jun and de Riviere of China said 45 countries and 62 countries backed Cuba in October 2021. ", 40),
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	kb := sqlitetest.Open(f)
	b := bot.New(kb, []string{"slack:U-EDITOR"}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	b.EnableCuration(kb)
	ctx := context.Background()
	kinds := map[string]bool{bot.KindAnswer: true, bot.KindNotFound: true, bot.KindFindings: true, bot.KindFact: true,
		bot.KindHelp: true, bot.KindError: true, bot.KindRefusal: true, bot.KindDone: true}
	f.Fuzz(func(t *testing.T, text string, editor bool) {
		user := "U-REPORTER"
		if editor {
			user = "U-EDITOR"
		}
		ctx, cancel := context.WithTimeout(ctx, fuzzBudget)
		defer cancel()
		start := time.Now()
		rep := b.Handle(ctx, bot.Request{Platform: "slack", UserID: user, UserName: "fuzz", Text: text})
		if took := time.Since(start); took > fuzzBudget {
			t.Fatalf("Handle(%q) took %v, over the %v any command may take", text, took, fuzzBudget)
		}
		if !kinds[rep.Kind] {
			t.Fatalf("Handle(%q): reply of unknown kind %q", text, rep.Kind)
		}
		if strings.TrimSpace(rep.Text) == "" {
			t.Fatalf("Handle(%q): %s reply with nothing to say", text, rep.Kind)
		}
		_ = rep.PlainText()
	})
}

// fuzzBudget is how long one fuzzed command may take: generous, since the
// fuzzer's instrumentation and other work on the machine slow every input
// down, yet far more than any command against this small knowledge base
// needs.
const fuzzBudget = 2 * time.Second
