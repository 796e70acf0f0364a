package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/factdesk/factdesk/facts"
)

// help answers "help" with what factdesk can do, generated from the command
// registry, and "help TOPIC" with how to use one command, as Errbot's
// "!help cmd" does. Every usage line and example is written in the request's
// syntax, so Discord's /fact shows "/fact ask question: ..." and Slack
// "/fact ask ...".
func (b *Bot) help(ctx context.Context, r Request, topic string) Reply {
	topic = strings.TrimSpace(topic)
	if topic == "" {
		return b.overview(ctx, r)
	}
	name, _ := splitCommand(topic)
	name = strings.TrimLeft(name, "/!")
	if name == "question" || name == "questions" {
		name = "ask"
	}
	if c, ok := find(b.commands, name); ok {
		return b.helpOn(ctx, r, c)
	}
	rep := b.overview(ctx, r)
	rep.Text = fmt.Sprintf("factdesk has no command called \u201c%s\u201d. %s", topic, rep.Text)
	return rep
}

// overview is the general help: each command the person may use, with an
// example, and questions the knowledge base answers now.
func (b *Bot) overview(ctx context.Context, r Request) Reply {
	rep := Reply{Kind: KindHelp, Text: "factdesk answers questions about our stories from the curated knowledge base, with the source of every answer."}
	if !r.Syntax.Options {
		// With named options a question goes through ask, listed below.
		rep.Items = append(rep.Items, Item{Title: r.Syntax.prefix() + "<question>", Text: "Ask anything about a story."})
	}
	for _, c := range b.commands {
		if c.EditorsOnly && !b.IsEditor(r) {
			continue
		}
		text := c.Description
		if len(c.Examples) > 0 {
			text += " Example: " + b.example(r, c.Examples[0])
		}
		rep.Items = append(rep.Items, Item{Title: r.Syntax.Usage(c), Text: text})
	}
	for _, e := range b.examples(ctx, r) {
		rep.Notes = append(rep.Notes, "Try: "+e)
	}
	if h, ok := find(b.commands, "help"); ok {
		rep.Notes = append(rep.Notes, "More on one command: "+r.Syntax.Write(h, "check"))
	}
	return rep
}

// helpOn is the help for one command: how to write it, what each argument
// holds, and its examples.
func (b *Bot) helpOn(ctx context.Context, r Request, c Command) Reply {
	rep := Reply{Kind: KindHelp, Text: r.Syntax.Usage(c) + " \u2014 " + c.Description}
	for _, a := range c.Args {
		title := a.placeholder()
		if r.Syntax.Options {
			title = a.Name + ":"
		}
		text := a.Description
		if !a.Required {
			text += " (optional)"
		}
		rep.Items = append(rep.Items, Item{Title: title, Text: text})
	}
	if c.Name == "ask" && !r.Syntax.Options {
		rep.Notes = append(rep.Notes, "A question needs no command word: "+r.Syntax.prefix()+"<question>. Use ask when a question could be read as a command.")
	}
	for _, e := range c.Examples {
		rep.Notes = append(rep.Notes, "Example: "+b.example(r, e))
	}
	if c.Name == "ask" {
		for _, e := range b.examples(ctx, r) {
			rep.Notes = append(rep.Notes, "Try: "+e)
		}
	}
	if len(c.Aliases) > 0 && !r.Syntax.Options {
		rep.Notes = append(rep.Notes, "Also written: "+strings.Join(c.Aliases, ", ")+".")
	}
	if c.EditorsOnly {
		rep.Notes = append(rep.Notes, "Only editors (FACTDESK_EDITORS) can use it.")
	}
	return rep
}

// example writes a command example, kept in the registry as typed after
// /fact ("check A coalition ..."), in the request's syntax.
func (b *Bot) example(r Request, text string) string {
	if c, args, ok := Match(b.commands, text); ok {
		return r.Syntax.Write(c, c.Split(args)...)
	}
	return b.question(r, text)
}

// question writes a question as the surface asks it: after the prefix, or in
// ask's question option.
func (b *Bot) question(r Request, q string) string {
	if ask, ok := find(b.commands, "ask"); ok && r.Syntax.Options {
		return r.Syntax.Write(ask, q)
	}
	return r.Syntax.prefix() + q
}

// examples are the engine's suggested examples that hold now: a question is
// offered only if it is answered, citing approved facts; a fact only if it is
// approved and not corrected. An example built from a pending fact, or from an
// entity nothing approved speaks of, would answer "not in the knowledge base"
// or, worse, show a fact nobody approved.
func (b *Bot) examples(ctx context.Context, r Request) []string {
	ex, err := b.engine.Examples(ctx)
	if err != nil {
		if facts.ErrorCode(err) == facts.EINTERNAL {
			b.logger.Error("help examples failed", "err", err)
		}
		return nil
	}
	var out []string
	for _, e := range ex {
		c, args, ok := Match(b.commands, e)
		switch {
		case !ok:
			ans, err := b.engine.Ask(ctx, e, facts.AskOptions{})
			if err != nil || !ans.Found || len(ans.Facts) == 0 {
				continue
			}
			out = append(out, b.question(r, e))
		case c.EditorsOnly || !c.ReadOnly:
			continue
		case c.Name == "source":
			id, _ := cutWord(args)
			if id == "" {
				continue
			}
			f, err := b.engine.Fact(ctx, id)
			if err != nil || f.Status != facts.StatusApproved || f.SupersededBy != "" {
				continue
			}
			out = append(out, r.Syntax.Write(c, c.Split(args)...))
		default:
			out = append(out, r.Syntax.Write(c, c.Split(args)...))
		}
	}
	return out
}
