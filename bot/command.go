package bot

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/factdesk/factdesk/facts"
)

// Command is one chat command, as data: help is generated from the registry,
// and each surface registers or guards commands from it without knowing them.
type Command struct {
	Name        string
	Aliases     []string
	Usage       string // "check <passage>"
	Summary     string // one line under 100 characters, for command pickers
	Description string
	Examples    []string
	// Args are the arguments, in the order the text gives them; the last takes
	// the rest. They decide what text runs the command (see Match): a command
	// without Args takes no arguments, so "pending charges?" is a question.
	Args []Arg
	// EditorsOnly commands are refused to anyone not in FACTDESK_EDITORS.
	EditorsOnly bool
	// ReadOnly commands change nothing, so a surface may run them again (Slack's
	// "Post to channel" re-asks) or for anyone.
	ReadOnly bool
	// Private commands' replies are for the person who asked alone, where a
	// surface can show them so (Discord's ephemeral replies): a draft's check,
	// help. Replies to curation commands and refusals always are.
	Private bool
	// Costly commands take the engine up to about half a second (a draft's
	// check) and wait in a lane of their own (Scheduler), so that questions
	// never wait behind them.
	Costly  bool
	Handler func(ctx context.Context, r Request, args string) Reply
}

// Arg is one argument of a command.
type Arg struct {
	Name        string // "question", "passage", "id", "reason"
	Kind        ArgKind
	Description string
	Required    bool
}

// ArgKind says what an argument holds, so a surface can prompt for it.
type ArgKind string

// Argument kinds.
const (
	ArgText    ArgKind = "text"    // free text: a question, a passage, a note
	ArgFactID  ArgKind = "fact-id" // story-id/fact-id, as answers list them
	ArgCommand ArgKind = "command" // the name of a command, one word: help's topic
)

// Text joins a command's arguments as the bot reads them from chat: the name,
// then each argument given, in order ("retract s/f The source corrected it").
func (c Command) Text(args ...string) string {
	parts := []string{c.Name}
	for _, a := range args {
		if a = strings.TrimSpace(a); a != "" {
			parts = append(parts, a)
		}
	}
	return strings.Join(parts, " ")
}

func (b *Bot) builtinCommands() []Command {
	return []Command{
		{Name: "ask", Usage: "ask <question>", Summary: "Ask a question about a story; the answer comes with its sources.",
			Description: "Ask a question about a story; the answer comes with its sources.",
			Examples:    []string{"ask Who checked the figures?"}, ReadOnly: true,
			Args:    []Arg{{Name: "question", Kind: ArgText, Description: "For example: who signed the statement?", Required: true}},
			Handler: b.ask},
		{Name: "check", Usage: "check <passage>", Summary: "Check a passage of a draft against the knowledge base.",
			Description: "Check a passage of a draft against the knowledge base: wrong numbers, misquotes, misattributions, misspelled names, wrong titles.",
			Examples:    []string{`check "The days when Western countries could bully developing countries are over," Zhang said.`}, ReadOnly: true, Private: true, Costly: true,
			Args:    []Arg{{Name: "passage", Kind: ArgText, Description: "The passage to check: numbers, quotes, names and titles.", Required: true}},
			Handler: b.check},
		{Name: "source", Aliases: []string{"fact"}, Usage: "source <fact-id>", Summary: "Show one fact in full, with its citation.",
			Description: "Show one fact in full, with its citation.", ReadOnly: true,
			Args:    []Arg{{Name: "id", Kind: ArgFactID, Description: "The fact id, as every answer lists it: story-id/fact-id", Required: true}},
			Handler: b.source},
		{Name: "help", Usage: "help [command]", Summary: "What factdesk can do, with examples; or how to use one command.",
			Description: "What factdesk can do, with examples; with a command's name, how to use that command.",
			Examples:    []string{"help check"}, ReadOnly: true, Private: true,
			Args:    []Arg{{Name: "topic", Kind: ArgCommand, Description: "A command to explain, such as check or source."}},
			Handler: b.help},
	}
}

func (b *Bot) ask(ctx context.Context, r Request, question string) Reply {
	if strings.TrimSpace(question) == "" {
		return b.help(ctx, r, "")
	}
	ans, err := b.engine.Ask(ctx, question, facts.AskOptions{})
	if err != nil {
		return b.fail(r, err)
	}
	b.recordGap(ctx, r, ans)
	return AnswerReply(ans)
}

// AnswerReply turns an answer into a reply. A suggestion that is the
// question just asked is dropped: asking it again would get the same reply.
func AnswerReply(ans facts.Answer) Reply {
	rep := Reply{Kind: KindAnswer, Text: ans.Answer}
	if !ans.Found {
		rep.Kind = KindNotFound
	}
	asked := sameWords(ans.Question)
	for _, s := range ans.Suggestions {
		if asked == "" || sameWords(s) != asked {
			rep.Notes = append(rep.Notes, s)
		}
	}
	for _, f := range ans.Facts {
		it := Item{Title: f.ID, Text: f.Statement, Quote: f.Quote, Speaker: f.Speaker, Source: citation(f.Source)}
		if f.Corrects != "" {
			it.Text += " (corrects " + f.Corrects + ")"
		}
		rep.Items = append(rep.Items, it)
		if ans.Found {
			rep.Cited = append(rep.Cited, f.ID)
		}
	}
	return rep
}

// sameWords reduces text to its words in lower case, so that "Who is Zhang
// Jun?" and "who is zhang jun" compare equal.
func sameWords(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

func citation(s facts.Source) *Citation {
	return &Citation{Title: s.Title, Publisher: s.Publisher, Date: s.Published, URL: s.URL}
}

func (b *Bot) check(ctx context.Context, r Request, passage string) Reply {
	if passage == "" {
		return Reply{Kind: KindError, Text: "Paste the passage after check, for example: " + b.write(r, "check", "A coalition of 45 countries\u2026")}
	}
	res, err := b.engine.Check(ctx, passage, facts.CheckOptions{})
	if err != nil {
		return b.fail(r, err)
	}
	return FindingsReply(res)
}

func (b *Bot) source(ctx context.Context, r Request, id string) Reply {
	if id == "" {
		return Reply{Kind: KindError, Text: "Name a fact, for example: " + b.write(r, "source", "story-id/fact-id") + " (every answer lists its fact ids)."}
	}
	f, err := b.engine.Fact(ctx, strings.Fields(id)[0])
	if err != nil {
		return b.fail(r, err)
	}
	it := Item{Title: f.FullID(), Text: f.Statement, Quote: f.Quote, Speaker: f.SpeakerName, Source: citation(f.SourceInfo)}
	rep := Reply{Kind: KindFact, Text: f.Statement, Items: []Item{it}}
	if f.Status != facts.StatusApproved {
		rep.Notes = append(rep.Notes, "Status: "+f.Status+" (this fact does not answer questions).")
	}
	if f.SupersededBy != "" {
		rep.Notes = append(rep.Notes, "Corrected by "+f.SupersededBy+".")
	}
	if f.Status == facts.StatusApproved && f.SupersededBy == "" {
		rep.Cited = []string{f.FullID()}
	}
	return rep
}

// PlainText renders a reply as plain text: for terminals, logs and fallbacks.
func (r Reply) PlainText() string {
	var s strings.Builder
	s.WriteString(r.Text)
	for _, it := range r.Items {
		s.WriteString("\n\u2022 ")
		if it.Title != "" {
			s.WriteString(it.Title + ": ")
		}
		s.WriteString(it.Text)
		if it.Quote != "" {
			fmt.Fprintf(&s, "\n  \u201c%s\u201d \u2014 %s", it.Quote, it.Speaker)
		}
		if it.Source != nil {
			s.WriteString("\n  Source: " + it.Source.String())
		}
	}
	for _, n := range r.Notes {
		s.WriteString("\n" + n)
	}
	return s.String()
}

// String renders a citation on one line.
func (c Citation) String() string {
	parts := []string{c.Title}
	for _, p := range []string{c.Publisher, c.Date, c.URL} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}
