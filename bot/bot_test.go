package bot_test

import (
	"bytes"
	"fmt"
	"log/slog"

	"github.com/factdesk/factdesk/bot/bottest"
	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"

	"context"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/bot"
)

// newBot builds a bot over a real knowledge base loaded with the bundled story.
func newBot(t *testing.T, editors ...string) *bot.Bot {
	t.Helper()
	return bot.New(sqlitetest.Open(t), editors, nil)
}

func TestBot_Handle(t *testing.T) {
	b := newBot(t)
	tests := []struct {
		text string
		kind string
		want string // in the reply's plain text
	}{
		{"who signed the statement?", bot.KindAnswer, "43"},
		{"ask who signed the statement?", bot.KindAnswer, "43"},
		{"  Who is Zhang Jun?  ", bot.KindAnswer, "ambassador"},
		{"What is the capital of Australia?", bot.KindNotFound, "not in the knowledge base"},
		{"source un-xinjiang-2021/coalition-signed-statement", bot.KindFact, "43 countries"},
		{"SOURCE un-xinjiang-2021/coalition-signed-statement", bot.KindFact, "Source:"},
		{"source nope/nothing", bot.KindError, "No fact"},
		{"source", bot.KindError, "Name a fact"},
		{"check", bot.KindError, "Paste the passage"},
		{"help", bot.KindHelp, "check <passage>"},
		{"", bot.KindHelp, "source <fact-id>"},
		{"ask", bot.KindHelp, "factdesk answers"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			rep := b.Handle(context.Background(), bot.Request{Platform: "cli", UserID: "u1", Text: tt.text})
			if rep.Kind != tt.kind {
				t.Errorf("kind = %q, want %q (%s)", rep.Kind, tt.kind, rep.PlainText())
			}
			if !strings.Contains(rep.PlainText(), tt.want) {
				t.Errorf("reply lacks %q:\n%s", tt.want, rep.PlainText())
			}
		})
	}
}

func TestBot_AnswerCitesSources(t *testing.T) {
	b := newBot(t)
	rep := b.Handle(context.Background(), bot.Request{Platform: "slack", UserID: "U1", Text: "What did Zhang Jun say about the criticism?"})
	if len(rep.Items) == 0 {
		t.Fatalf("no facts in reply: %s", rep.PlainText())
	}
	for _, it := range rep.Items {
		if it.Source == nil || it.Source.Title == "" {
			t.Errorf("item %q has no citation", it.Title)
		}
	}
}

func TestBot_EditorsOnly(t *testing.T) {
	b := newBot(t, "slack:U-EDITOR", "discord:42")
	ran := 0
	b.Register(bot.Command{Name: "purge", Usage: "purge <id>", Description: "An editors' command.", EditorsOnly: true,
		Args: []bot.Arg{{Name: "id", Kind: bot.ArgFactID, Required: true}},
		Handler: func(ctx context.Context, r bot.Request, args string) bot.Reply {
			ran++
			return bot.Reply{Kind: bot.KindDone, Text: "purged " + args}
		}})
	for _, r := range []bot.Request{
		{Platform: "slack", UserID: "U-OTHER"},
		{Platform: "discord", UserID: "U-EDITOR"}, // the right id on the wrong platform
		{Platform: "slack", UserID: "42"},
	} {
		r.Text = "purge s/x"
		if rep := b.Handle(context.Background(), r); rep.Kind != bot.KindRefusal || !strings.Contains(rep.Text, "Only editors") {
			t.Errorf("%s:%s got %q %q, want a refusal", r.Platform, r.UserID, rep.Kind, rep.Text)
		}
	}
	if ran != 0 {
		t.Fatalf("editors-only command ran %d times for non-editors", ran)
	}
	rep := b.Handle(context.Background(), bot.Request{Platform: "discord", UserID: "42", Text: "purge s/x"})
	if rep.Kind != bot.KindDone || ran != 1 {
		t.Errorf("editor refused: %q", rep.Text)
	}
	// Help lists the command to editors only.
	if h := b.Handle(context.Background(), bot.Request{Platform: "slack", UserID: "U-OTHER", Text: "help"}); strings.Contains(h.PlainText(), "purge") {
		t.Error("help shows an editors' command to a non-editor")
	}
	if h := b.Handle(context.Background(), bot.Request{Platform: "slack", UserID: "U-EDITOR", Text: "help"}); !strings.Contains(h.PlainText(), "purge") {
		t.Error("help hides an editors' command from an editor")
	}
}

// TestBot_EngineErrors: a user sees an engine's coded message, or "Internal
// error." for anything else, whose detail goes to the log only.
func TestBot_EngineErrors(t *testing.T) {
	var logs bytes.Buffer
	engine := &bottest.Engine{
		AskFn: func(ctx context.Context, q string, opt facts.AskOptions) (facts.Answer, error) {
			if q == "bad" {
				return facts.Answer{}, facts.Errorf(facts.EINVALID, "That is not a question.")
			}
			return facts.Answer{}, fmt.Errorf("read facts: disk on fire")
		},
	}
	b := bot.New(engine, nil, slog.New(slog.NewTextHandler(&logs, nil)))
	rep := b.Handle(context.Background(), bot.Request{Platform: "slack", UserID: "U1", Text: "bad"})
	if rep.Kind != bot.KindError || rep.Text != "That is not a question." {
		t.Errorf("coded error: %+v", rep)
	}
	if logs.Len() != 0 {
		t.Errorf("a user's mistake was logged: %s", logs.String())
	}
	rep = b.Handle(context.Background(), bot.Request{Platform: "slack", UserID: "U1", Text: "who?"})
	if rep.Kind != bot.KindError || rep.Text != "Internal error." || strings.Contains(rep.Text, "disk") {
		t.Errorf("internal error shown as %+v", rep)
	}
	if !strings.Contains(logs.String(), "disk on fire") {
		t.Errorf("internal error not logged: %q", logs.String())
	}
}

// TestAnswerReply_NotTheQuestionAgain: a reply never suggests asking the
// question just asked.
func TestAnswerReply_NotTheQuestionAgain(t *testing.T) {
	rep := bot.AnswerReply(facts.Answer{Question: "What did Xinjiang say?", Answer: "That is not in the knowledge base.",
		Suggestions: []string{"What did Xinjiang say?", "what did xinjiang say", "What is Xinjiang?"}})
	if rep.Kind != bot.KindNotFound || len(rep.Notes) != 1 || rep.Notes[0] != "What is Xinjiang?" {
		t.Errorf("reply %s, notes %q; want only the other question", rep.Kind, rep.Notes)
	}
}
