package bot

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/factdesk/factdesk/facts"
)

// Curator is what the curation commands ask of the knowledge base. It is separate
// from Engine so that a read-only engine (a test fake, a replica) makes a bot
// without curation, and a surface only offers what it can do. Each method
// returns EINVALID for a malformed id or an empty or unneeded change (a reason
// left out, a fact already retracted), ETOOLARGE for an overlong note, and
// ENOTFOUND for an unknown fact.
type Curator interface {
	Flag(ctx context.Context, actor facts.Actor, fullID, note string) (facts.Flag, error)
	// RetractFact and ApproveFact also queue, in the same transaction, a
	// correction for each conversation in chat that was told the fact that no
	// longer stands, and say how many.
	RetractFact(ctx context.Context, actor facts.Actor, fullID string, opt facts.ChangeOptions) (facts.ChangeResult, error)
	ApproveFact(ctx context.Context, actor facts.Actor, fullID string, opt facts.ChangeOptions) (facts.ChangeResult, error)
	Review(ctx context.Context) (facts.Review, error)
}

// maxReviewItems keeps /fact pending readable in chat; the command line lists all.
const maxReviewItems = 15

// EnableCuration adds the curation commands: flag for everyone; retract, approve
// and pending for editors only.
func (b *Bot) EnableCuration(c Curator) {
	b.commands = append(b.commands, curationCommands(b, c)...)
}

func curationCommands(b *Bot, c Curator) []Command {
	return []Command{
		{Name: "flag", Usage: "flag <fact-id> <note>", Summary: "Ask an editor to review a fact you think is wrong, saying why.",
			Description: "Ask an editor to review a fact you think is wrong, saying why.",
			Examples:    []string{"flag story-id/fact-id The source says 58, not 85."},
			Args:        []Arg{factIDArg, {Name: "note", Kind: ArgText, Description: "What is wrong with it, for the editor.", Required: true}},
			Handler:     func(ctx context.Context, r Request, args string) Reply { return b.flag(ctx, c, r, args) }},
		{Name: "retract", Usage: "retract <fact-id> <reason>", Summary: "Editors: withdraw a fact, with the reason.",
			Description: "Editors: withdraw a fact; it is kept with the reason and never answers again.", EditorsOnly: true,
			Args:    []Arg{factIDArg, {Name: "reason", Kind: ArgText, Description: "Why it is withdrawn; kept with the fact.", Required: true}},
			Handler: func(ctx context.Context, r Request, args string) Reply { return b.retract(ctx, c, r, args) }},
		{Name: "approve", Usage: "approve <fact-id>", Summary: "Editors: let a pending fact answer, or close its flags.",
			Description: "Editors: let a pending fact answer questions, or close the flags on a fact after review.", EditorsOnly: true,
			Args:    []Arg{factIDArg},
			Handler: func(ctx context.Context, r Request, args string) Reply { return b.approve(ctx, c, r, args) }},
		{Name: "pending", Usage: "pending", Summary: "Editors: the facts awaiting approval and the open flags.",
			Description: "Editors: the facts awaiting approval and the open flags.", EditorsOnly: true, ReadOnly: true,
			Handler: func(ctx context.Context, r Request, args string) Reply { return b.pending(ctx, c, r) }},
	}
}

// factIDArg is the fact a curation command acts on.
var factIDArg = Arg{Name: "id", Kind: ArgFactID, Description: "The fact id, as every answer lists it: story-id/fact-id", Required: true}

// refusalWhat names what a command does, for the refusal a non-editor gets.
func refusalWhat(name string) string {
	if name == "pending" {
		return "see the facts awaiting review"
	}
	return name + " facts"
}

// actor says who is curating, for the history: the platform's user id, which
// FACTDESK_EDITORS also uses, with the display name when the platform gives
// one, "name (platform:id)". Anyone picks their own display name, so it is
// written so that it cannot pass for someone else's id (see displayName): the
// id in the last parentheses is always the person's own.
func actor(r Request) facts.Actor {
	id := r.Platform + ":" + r.UserID
	if name := displayName(r.UserName); name != "" {
		id = name + " (" + id + ")"
	}
	return facts.Actor{Name: id, Surface: r.Platform}
}

// maxDisplayName caps a display name in the history, in characters.
const maxDisplayName = 64

// displayName keeps what a display name says while leaving out what could
// make it read as an id or hide what follows it: parentheses, brackets and
// colons ("Eddie (discord:1234)" becomes "Eddie discord1234"), control and
// formatting characters (a right-to-left override turns the id around),
// runs of spaces and line breaks.
func displayName(name string) string {
	var b strings.Builder
	n := 0
	for _, r := range strings.Join(strings.Fields(name), " ") {
		if strings.ContainsRune("()[]{}<>:", r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			continue
		}
		if n == maxDisplayName {
			break
		}
		b.WriteRune(r)
		n++
	}
	return strings.TrimSpace(b.String())
}

// idAndText splits "story/fact some words" into the id and the words.
func idAndText(args string) (string, string) {
	id, text, _ := strings.Cut(strings.TrimSpace(args), " ")
	return id, strings.TrimSpace(text)
}

func (b *Bot) flag(ctx context.Context, c Curator, r Request, args string) Reply {
	id, note := idAndText(args)
	if id == "" || note == "" {
		return Reply{Kind: KindError, Text: "Name the fact and say what is wrong, for example: " + b.write(r, "flag", "story-id/fact-id", "The source says 58, not 85.")}
	}
	fl, err := c.Flag(ctx, actor(r), id, note)
	if err != nil {
		return b.fail(r, err)
	}
	return Reply{Kind: KindDone, Text: fmt.Sprintf("Flagged %s for review. An editor will look at it; it keeps answering until then.", fl.Fact),
		Items: []Item{{Title: fl.Fact, Text: fl.Statement}}, Notes: []string{"Your note: " + fl.Note}}
}

func (b *Bot) retract(ctx context.Context, c Curator, r Request, args string) Reply {
	id, reason := idAndText(args)
	if id == "" || reason == "" {
		return Reply{Kind: KindError, Text: "Name the fact and give the reason, for example: " + b.write(r, "retract", "story-id/fact-id", "The agency corrected the figure.")}
	}
	res, err := c.RetractFact(ctx, actor(r), id, facts.ChangeOptions{Reason: reason})
	if err != nil {
		return b.fail(r, err)
	}
	f := res.Fact
	return Reply{Kind: KindDone, Text: fmt.Sprintf("Retracted %s. It no longer answers questions; it is kept, with your reason, in its history.", f.FullID()),
		Items: []Item{{Title: f.FullID(), Text: f.Statement}}, Notes: []string{"Reason: " + reason, facts.Told(res.Told)}}
}

func (b *Bot) approve(ctx context.Context, c Curator, r Request, args string) Reply {
	id, _ := idAndText(args)
	if id == "" {
		return Reply{Kind: KindError, Text: "Name the fact, for example: " + b.write(r, "approve", "story-id/fact-id") + " (see " + b.write(r, "pending") + ")."}
	}
	res, err := c.ApproveFact(ctx, actor(r), id, facts.ChangeOptions{})
	if err != nil {
		return b.fail(r, err)
	}
	f := res.Fact
	rep := Reply{Kind: KindDone, Text: fmt.Sprintf("Approved %s: it answers questions, and its open flags are closed.", f.FullID()),
		Items: []Item{{Title: f.FullID(), Text: f.Statement, Quote: f.Quote}}}
	if old := facts.SupersededID(f); old != "" {
		rep.Notes = append(rep.Notes, "It corrects "+old+", which no longer answers.")
	}
	if res.Corrects != "" {
		rep.Notes = append(rep.Notes, facts.Told(res.Told))
	}
	return rep
}

func (b *Bot) pending(ctx context.Context, c Curator, r Request) Reply {
	rev, err := c.Review(ctx)
	if err != nil {
		return b.fail(r, err)
	}
	if len(rev.Pending) == 0 && len(rev.Flags) == 0 {
		return Reply{Kind: KindDone, Text: "Nothing awaits review: no pending facts, no open flags."}
	}
	rep := Reply{Kind: KindAnswer, Text: fmt.Sprintf("%d fact(s) awaiting approval, %d open flag(s).", len(rev.Pending), len(rev.Flags))}
	for _, p := range rev.Pending {
		rep.Items = append(rep.Items, Item{Title: p.FullID() + " (pending)", Text: p.Statement, Quote: p.Quote, Speaker: p.Speaker})
	}
	for _, fl := range rev.Flags {
		rep.Items = append(rep.Items, Item{Title: fmt.Sprintf("flag on %s by %s", fl.Fact, fl.Actor), Text: fl.Note + " \u2014 " + fl.Statement})
	}
	if n := len(rep.Items) - maxReviewItems; n > 0 {
		rep.Items = rep.Items[:maxReviewItems]
		rep.Notes = append(rep.Notes, fmt.Sprintf("%d more not shown: run factdesk kb pending for the full list.", n))
	}
	rep.Notes = append(rep.Notes, "Approve with "+b.usage(r, "approve")+", retract with "+b.usage(r, "retract")+".")
	return rep
}
