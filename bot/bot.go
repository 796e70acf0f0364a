// Package bot is factdesk's chat-agnostic front: it parses "/fact ..." commands,
// routes them to the facts engine and builds platform-neutral replies that each
// adapter renders natively (Block Kit, Discord embeds, terminal text, JSON).
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"

	"github.com/factdesk/factdesk/facts"
)

// Engine is what the bot asks of the knowledge base. Ask and Check return
// errors coded EINVALID or ETOOLARGE for input they refuse (and Check ENOTFOUND
// for an unknown story); Fact returns EINVALID for a malformed id and ENOTFOUND
// for an unknown one. Any other error is internal.
type Engine interface {
	Ask(ctx context.Context, question string, opt facts.AskOptions) (facts.Answer, error)
	Check(ctx context.Context, text string, opt facts.CheckOptions) (facts.CheckResult, error)
	Fact(ctx context.Context, fullID string) (facts.FactRecord, error)
	Examples(ctx context.Context) ([]string, error)
}

// Responder is what a chat surface asks of the bot: to handle a request, and
// the commands it knows, to register them with the platform or tell which ones
// only read. *Bot is one; tests use fakes (bot/bottest).
type Responder interface {
	Handle(ctx context.Context, r Request) Reply
	Commands() []Command
}

var _ Responder = (*Bot)(nil)

// Request is one command as a user typed it, from any surface.
type Request struct {
	Platform string // "slack", "discord", "http", "cli"
	UserID   string // the platform's user id
	UserName string
	Channel  string
	Text     string // the command without its trigger: "who signed?", "check ...", "source ..."
	// Command names the command when the surface's own interface chose it
	// (Discord's /fact source): Text is then that command and its arguments
	// ("source x"), and is never read as a question or as another command.
	// Empty for typed text, whose command is found by Match.
	Command string
	// Syntax is how this surface spells commands, for help and hints.
	Syntax Syntax
	// Replay marks a request run again for the same person (Slack's "Post to
	// channel" re-runs the command): an unanswered question in it was recorded
	// when first asked, and is not recorded twice.
	Replay bool
}

// Reply is a platform-neutral answer.
type Reply struct {
	Kind  string // one of the Kind* constants
	Text  string // the main sentence(s)
	Items []Item // facts or findings, each shown with its citation
	Notes []string
	// NothingCheckable marks a draft check (KindFindings) of a passage holding
	// nothing the knowledge base speaks to: no items, and no all-clear either.
	NothingCheckable bool
	// Partial marks a draft check that left part of the passage unchecked
	// (its budget ran out; the text says from where): no all-clear either.
	Partial bool
	// Cited are the full ids of the approved facts the reply gives as true (an
	// answer's, a fact shown by source), so that a surface posting it where
	// others read it can record the delivery (Deliveries), and a correction
	// can follow if one of them is retracted or superseded.
	Cited []string
}

// Reply kinds, so adapters can style them (an error in red, a refusal as ephemeral).
const (
	KindAnswer   = "answer"
	KindNotFound = "not_found"
	KindFindings = "findings"
	KindFact     = "fact"
	KindHelp     = "help"
	KindError    = "error"
	KindRefusal  = "refusal"
	KindDone     = "done"
	// KindCorrection is a correction posted where factdesk cited a fact that
	// was since retracted or superseded (CorrectionReply).
	KindCorrection = "correction"
)

// Item is one fact or finding in a reply.
type Item struct {
	Title   string // fact id, or finding kind and span
	Text    string // statement, or finding message
	Quote   string
	Speaker string
	Source  *Citation
	// Verdict of a claim in a draft check (VerdictContradicted or
	// VerdictUnsupported), so an adapter can style a contradiction apart from
	// a claim no fact backs; "" for facts and help.
	Verdict string
}

// Citation is where an item comes from.
type Citation struct {
	Title     string
	Publisher string
	Date      string
	URL       string
}

// Bot routes requests to commands.
type Bot struct {
	engine   Engine
	editors  map[string]bool
	commands []Command
	logger   *slog.Logger
	limiter  *rateLimiter // nil: no rate limit (LimitRate in ratelimit.go)
	gaps     *GapLog      // nil: unanswered questions not recorded (RecordGaps in gaps.go)
	sched    *Scheduler   // nil: every request runs at once (Schedule)
}

// Schedule runs every request through s, which the HTTP API may share: each
// waits for an engine slot of its kind, and a person with too many requests in
// hand, or one arriving when too many wait, gets a clear "busy" instead. With
// none (the command line, tests), requests run at once.
func (b *Bot) Schedule(s *Scheduler) { b.sched = s }

// New builds a bot. editors are "platform:user-id" pairs allowed to curate.
func New(engine Engine, editors []string, logger *slog.Logger) *Bot {
	if logger == nil {
		logger = slog.Default()
	}
	b := &Bot{engine: engine, editors: map[string]bool{}, logger: logger}
	for _, e := range editors {
		b.editors[strings.TrimSpace(e)] = true
	}
	b.commands = b.builtinCommands()
	return b
}

// IsEditor reports whether the request's user may run curation commands.
func (b *Bot) IsEditor(r Request) bool {
	return b.editors[r.Platform+":"+r.UserID]
}

// Commands lists the registered commands, for help and for platforms that
// register them (Discord's application commands).
func (b *Bot) Commands() []Command { return slices.Clone(b.commands) }

// Register adds a command; later surfaces and curation features plug in here.
func (b *Bot) Register(c Command) { b.commands = append(b.commands, c) }

// Handle runs one request. Text that names no command, or whose words after
// a command word do not have the shape of its arguments (see Match), is a
// question. A person over the rate limit gets a polite refusal instead, on
// every surface alike.
func (b *Bot) Handle(ctx context.Context, r Request) Reply {
	if rep, limited := b.rateLimited(r); limited {
		return rep
	}
	c, args, ok := b.match(r)
	if b.sched != nil {
		work := Cheap
		if ok && c.Costly {
			work = Costly
		}
		person := ""
		if r.UserID != "" {
			person = r.Platform + ":" + r.UserID
		}
		release, err := b.sched.Acquire(ctx, work, person)
		if err != nil {
			return b.busy(r, err)
		}
		defer release()
	}
	if ok {
		if c.EditorsOnly && !b.IsEditor(r) {
			return b.refuse(r, c)
		}
		return c.Handler(ctx, r, args)
	}
	if strings.TrimSpace(r.Text) == "" {
		return b.help(ctx, r, "")
	}
	return b.ask(ctx, r, r.Text)
}

// match finds the request's command: the one the surface chose, or the one its
// text starts with.
func (b *Bot) match(r Request) (Command, string, bool) {
	if r.Command != "" {
		if c, ok := find(b.commands, r.Command); ok {
			name, args := splitCommand(r.Text)
			if other, ok := find(b.commands, name); !ok || other.Name != c.Name {
				args = strings.TrimSpace(r.Text) // the text is the arguments alone
			}
			return c, args, true
		}
	}
	return Match(b.commands, r.Text)
}

// busy is what a request the scheduler did not start gets.
func (b *Bot) busy(r Request, err error) Reply {
	b.logger.Info("request not started", "platform", r.Platform, "user", r.UserID, "reason", err)
	switch {
	case errors.Is(err, ErrPersonBusy):
		return Reply{Kind: KindRefusal, Text: fmt.Sprintf("You already have %d requests in progress. Please wait for them to finish, then try again.", b.sched.perPerson)}
	case errors.Is(err, ErrBusy):
		return Reply{Kind: KindRefusal, Text: BusyText}
	}
	return Reply{Kind: KindError, Text: "factdesk could not get to this in time. Please try again in a moment."}
}

// BusyText is what a request gets when too many wait for the engine: nothing
// was started, and trying again in a moment will do.
const BusyText = "factdesk is busy right now and did not start on this. Please try again in a moment."

// refuse is what a non-editor gets for an editors' command.
func (b *Bot) refuse(r Request, c Command) Reply {
	text := "Only editors can " + refusalWhat(c.Name) + "."
	if flag, ok := find(b.commands, "flag"); ok && !flag.EditorsOnly {
		text += " Ask an editor, or ask for a review with " + r.Syntax.Usage(flag) + "."
	} else {
		text += " Ask an editor."
	}
	return Reply{Kind: KindRefusal, Text: text}
}

// write spells the named command with args in the request's syntax, for hints
// such as "for example: /fact check ...".
func (b *Bot) write(r Request, name string, args ...string) string {
	c, ok := find(b.commands, name)
	if !ok {
		c = Command{Name: name}
	}
	return r.Syntax.Write(c, args...)
}

// usage spells the named command with placeholders in the request's syntax.
func (b *Bot) usage(r Request, name string) string {
	c, ok := find(b.commands, name)
	if !ok {
		c = Command{Name: name}
	}
	return r.Syntax.Usage(c)
}

// fail turns an engine error into a reply: the user sees a clear sentence, the log
// gets the detail.
func (b *Bot) fail(r Request, err error) Reply {
	if facts.ErrorCode(err) == facts.EINTERNAL {
		b.logger.Error("command failed", "platform", r.Platform, "user", r.UserID, "err", err)
	}
	return Reply{Kind: KindError, Text: facts.ErrorMessage(err)}
}
