package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/bot/bottest"
	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite/sqlitetest"
)

// TestMatch: a command word starts a command only when what follows has the
// shape of its arguments; otherwise the text is a question.
func TestMatch(t *testing.T) {
	b, _ := newCurationBot(t)
	tests := []struct {
		text    string
		command string // "" for a question
		args    string
	}{
		{"pending charges against Hale?", "", ""},
		{"pending", "pending", ""},
		{"source of the 43 figure?", "", ""},
		{"Source of the leak?", "", ""},
		{"fact of the matter?", "", ""},
		{"source un-xinjiang-2021/coalition-signed-statement", "source", "un-xinjiang-2021/coalition-signed-statement"},
		{"SOURCE un-xinjiang-2021/coalition-signed-statement", "source", "un-xinjiang-2021/coalition-signed-statement"},
		{"fact un-xinjiang-2021/coalition-signed-statement", "source", "un-xinjiang-2021/coalition-signed-statement"},
		{"source", "source", ""},
		{"flag this as wrong?", "", ""},
		{"flag s/f The source says 58.", "flag", "s/f The source says 58."},
		{"retract the statement?", "", ""},
		{"retract s/f wrong figure", "retract", "s/f wrong figure"},
		{"approve the budget?", "", ""},
		{"approve s/f", "approve", "s/f"},
		{"help", "help", ""},
		{"help check", "help", "check"},
		{"help the victims of the flood?", "", ""},
		{"ask pending charges against Hale?", "ask", "pending charges against Hale?"},
		{"check A coalition of 45 countries.", "check", "A coalition of 45 countries."},
		{"check\nline one\nline two", "check", "line one\nline two"},
		{"who signed the statement?", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			c, args, ok := bot.Match(b.Commands(), tt.text)
			if ok != (tt.command != "") || c.Name != tt.command || args != tt.args {
				t.Errorf("Match(%q) = %q %q %v, want %q %q", tt.text, c.Name, args, ok, tt.command, tt.args)
			}
		})
	}
}

// TestBot_CommandWordQuestions: a question that begins with a command word is
// asked as it was typed, by anyone, not refused or read as a bad fact id.
func TestBot_CommandWordQuestions(t *testing.T) {
	var asked []string
	engine := &bottest.Engine{
		AskFn: func(ctx context.Context, q string, opt facts.AskOptions) (facts.Answer, error) {
			asked = append(asked, q)
			return facts.Answer{Question: q, Found: true, Answer: "Answered: " + q}, nil
		},
		FactFn: func(ctx context.Context, id string) (facts.FactRecord, error) {
			t.Errorf("Fact(%q) looked up for a question", id)
			return facts.FactRecord{}, facts.Errorf(facts.ENOTFOUND, "No fact %s.", id)
		},
	}
	b := bot.New(engine, nil, nil)
	b.EnableCuration(&bottest.Curator{})
	for _, q := range []string{"pending charges against Hale?", "source of the 43 figure?", "flag this as wrong?", "approve the budget?"} {
		rep := b.Handle(context.Background(), bot.Request{Platform: "slack", UserID: "U-REPORTER", Text: q})
		if rep.Kind != bot.KindAnswer || rep.Text != "Answered: "+q {
			t.Errorf("%q: reply %s %q, want it asked", q, rep.Kind, rep.Text)
		}
	}
	if len(asked) != 4 {
		t.Errorf("asked %q, want the four questions", asked)
	}
}

// TestBot_ChosenCommand: when the surface's own interface chose the command
// (Discord's /fact source), its text is that command's arguments, never a
// question, even when they do not look right.
func TestBot_ChosenCommand(t *testing.T) {
	b := newBot(t)
	for _, r := range []bot.Request{
		{Platform: "discord", UserID: "u1", Command: "source", Text: "source of the 43 figure?"},
		{Platform: "discord", UserID: "u1", Command: "source", Text: "of the 43 figure?"},
	} {
		if rep := b.Handle(context.Background(), r); rep.Kind != bot.KindError {
			t.Errorf("%q: reply %s %q, want an error about the fact id", r.Text, rep.Kind, rep.Text)
		}
	}
	rep := b.Handle(context.Background(), bot.Request{Platform: "discord", UserID: "u1", Command: "ask", Text: "ask source of the 43 figure?"})
	if rep.Kind != bot.KindAnswer && rep.Kind != bot.KindNotFound {
		t.Errorf("ask: reply %s %q, want the question asked", rep.Kind, rep.Text)
	}
}

// TestSyntax writes commands as each surface spells them.
func TestSyntax(t *testing.T) {
	check := bot.Command{Name: "check", Usage: "check <passage>", Args: []bot.Arg{{Name: "passage", Kind: bot.ArgText, Required: true}}}
	flag := bot.Command{Name: "flag", Args: []bot.Arg{{Name: "id", Kind: bot.ArgFactID, Required: true}, {Name: "note", Kind: bot.ArgText, Required: true}}}
	help := bot.Command{Name: "help", Usage: "help [command]", Args: []bot.Arg{{Name: "topic", Kind: bot.ArgCommand}}}
	slack, bang, discord := bot.Syntax{}, bot.Syntax{Prefix: "!fact "}, bot.Syntax{Options: true}
	for _, tt := range []struct{ got, want string }{
		{slack.Usage(check), "/fact check <passage>"},
		{bang.Usage(check), "!fact check <passage>"},
		{discord.Usage(check), "/fact check passage: <passage>"},
		{discord.Usage(flag), "/fact flag id: <fact-id> note: <note>"},
		{discord.Usage(help), "/fact help [topic: <command>]"},
		{slack.Write(flag, flag.Split("s/f The source says 58.")...), "/fact flag s/f The source says 58."},
		{discord.Write(flag, flag.Split("s/f The source says 58.")...), "/fact flag id: s/f note: The source says 58."},
		{discord.Write(help, "check"), "/fact help topic: check"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

// TestBot_HelpTopic: "help TOPIC" explains one command in the surface's own form.
func TestBot_HelpTopic(t *testing.T) {
	b, _ := newCurationBot(t)
	ctx := context.Background()
	reporter := bot.Request{Platform: "slack", UserID: "U0REPORTER"}
	discord := bot.Request{Platform: "discord", UserID: "u1", Syntax: bot.Syntax{Options: true}}
	tests := []struct {
		name  string
		r     bot.Request
		text  string
		want  []string
		avoid []string
	}{
		{"Slack", reporter, "help check", []string{"/fact check <passage> \u2014 Check a passage", "<passage>: The passage to check", "Example: /fact check \"The days when"}, []string{"passage:"}},
		{"Discord", discord, "help check", []string{"/fact check passage: <passage> \u2014 Check a passage", "passage:: The passage to check"}, []string{"<passage>:"}},
		{"DiscordAsk", discord, "help ask", []string{"/fact ask question: <question>", "Example: /fact ask question: Who checked the figures?"}, nil},
		{"SlackAsk", reporter, "help ask", []string{"/fact ask <question>", "A question needs no command word: /fact <question>"}, nil},
		{"Alias", reporter, "help fact", []string{"/fact source <fact-id>", "Also written: fact."}, nil},
		{"Slash", reporter, "help /source", []string{"/fact source <fact-id>"}, nil},
		{"EditorsCommand", reporter, "help retract", []string{"/fact retract <fact-id> <reason>", "Only editors"}, nil},
		{"Unknown", reporter, "help frobnicate", []string{"no command called \u201cfrobnicate\u201d", "/fact check <passage>"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.r.Text = tt.text
			rep := b.Handle(ctx, tt.r)
			text := rep.PlainText()
			if rep.Kind != bot.KindHelp {
				t.Fatalf("kind %s, want help:\n%s", rep.Kind, text)
			}
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("help lacks %q:\n%s", w, text)
				}
			}
			for _, w := range tt.avoid {
				if strings.Contains(text, w) {
					t.Errorf("help shows %q:\n%s", w, text)
				}
			}
		})
	}
}

// TestBot_HelpSyntax: the general help, and the hints in errors, are written
// as the surface spells commands.
func TestBot_HelpSyntax(t *testing.T) {
	b := newBot(t)
	ctx := context.Background()
	discord := b.Handle(ctx, bot.Request{Platform: "discord", UserID: "u1", Text: "help", Syntax: bot.Syntax{Options: true}}).PlainText()
	for _, w := range []string{"/fact ask question: <question>", "/fact check passage: <passage>", "/fact source id: <fact-id>", "/fact help [topic: <command>]",
		"Try: /fact ask question: Who is", "Try: /fact source id: un-xinjiang-2021/", "More on one command: /fact help topic: check"} {
		if !strings.Contains(discord, w) {
			t.Errorf("Discord's help lacks %q:\n%s", w, discord)
		}
	}
	if strings.Contains(discord, "/fact <question>") {
		t.Errorf("Discord's /fact help shows a form /fact does not take:\n%s", discord)
	}
	bang := b.Handle(ctx, bot.Request{Platform: "discord", UserID: "u1", Text: "help", Syntax: bot.Syntax{Prefix: "!fact "}}).PlainText()
	for _, w := range []string{"!fact <question>", "!fact check <passage>", "Try: !fact Who is", "Try: !fact source un-xinjiang-2021/"} {
		if !strings.Contains(bang, w) {
			t.Errorf("!fact help lacks %q:\n%s", w, bang)
		}
	}
	rep := b.Handle(ctx, bot.Request{Platform: "discord", UserID: "u1", Text: "check", Syntax: bot.Syntax{Options: true}})
	if !strings.Contains(rep.Text, "/fact check passage: A coalition") {
		t.Errorf("hint = %q, want Discord's form", rep.Text)
	}
}

// TestBot_HelpExamplesApproved: help offers only examples the knowledge base
// answers from approved facts. A story fresh from kb draft, all pending, gives
// none until an editor approves a fact.
func TestBot_HelpExamplesApproved(t *testing.T) {
	b, kb := newCurationBot(t)
	sqlitetest.Import(t, kb, "testdata/harbor-pending.yaml")
	ctx := context.Background()
	notes := func() string {
		t.Helper()
		rep := b.Handle(ctx, bot.Request{Platform: "slack", UserID: "U0REPORTER", Text: "help"})
		return strings.Join(rep.Notes, "\n")
	}
	got := notes()
	if strings.Contains(got, "Rosa Delgado") || strings.Contains(got, "harbor-bridge-2025/") {
		t.Errorf("help offers examples from facts nobody approved:\n%s", got)
	}
	if !strings.Contains(got, "Try: /fact source riverton-transit-2024/") {
		t.Errorf("help lost the examples from approved facts:\n%s", got)
	}
	for _, ex := range strings.Split(got, "\n") {
		q, ok := strings.CutPrefix(ex, "Try: /fact ")
		if !ok || strings.HasPrefix(q, "source ") {
			continue
		}
		if rep := b.Handle(ctx, bot.Request{Platform: "slack", UserID: "U0REPORTER", Text: q}); rep.Kind != bot.KindAnswer || len(rep.Items) == 0 {
			t.Errorf("example %q gets %s %q, want an answer citing a fact", q, rep.Kind, rep.Text)
		}
	}

	if rep := b.Handle(ctx, bot.Request{Platform: "slack", UserID: "UEDITOR", Text: "approve harbor-bridge-2025/closes"}); rep.Kind != bot.KindDone {
		t.Fatalf("approve: %s %q", rep.Kind, rep.Text)
	}
	if got := notes(); !strings.Contains(got, "Try: /fact Who is Rosa Delgado?") {
		t.Errorf("after approval, help does not offer the approved fact's person:\n%s", got)
	}
}
