package bot

import (
	"slices"
	"strings"
	"unicode"

	"github.com/factdesk/factdesk/facts"
)

// Match finds the command text starts with. A command matches only when the
// words after it have the shape its Args give: a fact id looks like
// story-id/fact-id, a command name is one word, and a command without
// arguments takes none. So "source of the 43 figure?" and "pending charges
// against Hale?" are questions, while "source un-xinjiang-2021/coalition-size"
// and "pending" are commands. A command word alone always matches, so its
// handler can say what it needs. Text that matches no command is a question.
func Match(cmds []Command, text string) (Command, string, bool) {
	name, args := splitCommand(text)
	if c, ok := find(cmds, name); ok && c.Fits(args) {
		return c, args, true
	}
	return Command{}, "", false
}

// find looks a command up by its name or an alias, in any case.
func find(cmds []Command, name string) (Command, bool) {
	name = strings.ToLower(name)
	for _, c := range cmds {
		if c.Name == name || slices.Contains(c.Aliases, name) {
			return c, true
		}
	}
	return Command{}, false
}

// splitCommand separates a leading command word from its arguments, at the
// first space of any kind; the arguments keep their line breaks.
func splitCommand(text string) (string, string) {
	name, args := cutWord(text)
	return strings.ToLower(name), args
}

// cutWord separates the first word of text from the rest.
func cutWord(text string) (string, string) {
	text = strings.TrimSpace(text)
	i := strings.IndexFunc(text, unicode.IsSpace)
	if i < 0 {
		return text, ""
	}
	return text[:i], strings.TrimSpace(text[i:])
}

// Fits reports whether args have the shape c's Args give. Arguments left out
// fit (the handler asks for them); a fact id must look like one; a command
// name is a single word; text takes the rest. Words after a last argument
// that is not text are ignored, as handlers ignore them.
func (c Command) Fits(args string) bool {
	words := strings.Fields(args)
	if len(words) == 0 {
		return true
	}
	if len(c.Args) == 0 {
		return false
	}
	for i, a := range c.Args {
		if i == len(words) {
			return true
		}
		switch a.Kind {
		case ArgFactID:
			if !LooksLikeFactID(words[i]) {
				return false
			}
		case ArgCommand:
			if i == len(c.Args)-1 && len(words) > i+1 {
				return false
			}
		case ArgText:
			if i == len(c.Args)-1 {
				return true // the rest of the text
			}
		}
	}
	return true
}

// Split cuts args into c's arguments, in order: each takes one word but the
// last, which takes the rest. For writing an example in a surface's own form.
func (c Command) Split(args string) []string {
	args = strings.TrimSpace(args)
	out := make([]string, 0, len(c.Args))
	for i := range c.Args {
		if args == "" {
			break
		}
		if i == len(c.Args)-1 {
			out = append(out, args)
			break
		}
		var w string
		w, args = cutWord(args)
		out = append(out, w)
	}
	return out
}

// LooksLikeFactID reports whether s has the shape of a full fact id,
// story-id/fact-id, as every answer lists them.
func LooksLikeFactID(s string) bool {
	return facts.ValidFullID(strings.ToLower(s))
}

// Syntax is how a surface spells commands, so that help, examples and hints
// show what to type there: "/fact check <passage>" in Slack, "!fact check
// <passage>" in a Discord channel, "/fact check passage: <passage>" in
// Discord's /fact command, whose arguments are named options.
type Syntax struct {
	Prefix  string // what starts a command, with its space: "/fact " when empty
	Options bool   // arguments are named options, as in Discord's application commands
}

func (s Syntax) prefix() string {
	if s.Prefix == "" {
		return "/fact "
	}
	return s.Prefix
}

// Usage writes c with a placeholder for each argument: "/fact source
// <fact-id>", or "/fact source id: <fact-id>" with options; arguments that
// may be left out are in brackets.
func (s Syntax) Usage(c Command) string {
	if !s.Options && c.Usage != "" {
		return s.prefix() + c.Usage
	}
	parts := []string{c.Name}
	for _, a := range c.Args {
		p := a.placeholder()
		if s.Options {
			p = a.Name + ": " + p
		}
		if !a.Required {
			p = "[" + p + "]"
		}
		parts = append(parts, p)
	}
	return s.prefix() + strings.Join(parts, " ")
}

// Write writes c with these arguments as a user types it on the surface:
// "/fact source un-xinjiang-2021/coalition-size", or with options "/fact
// source id: un-xinjiang-2021/coalition-size".
func (s Syntax) Write(c Command, args ...string) string {
	if !s.Options {
		return s.prefix() + c.Text(args...)
	}
	parts := []string{c.Name}
	for i, v := range args {
		if v = strings.TrimSpace(v); v != "" && i < len(c.Args) {
			parts = append(parts, c.Args[i].Name+": "+v)
		}
	}
	return s.prefix() + strings.Join(parts, " ")
}

// placeholder stands for an argument in a usage line.
func (a Arg) placeholder() string {
	switch a.Kind {
	case ArgFactID:
		return "<fact-id>"
	case ArgCommand:
		return "<command>"
	}
	return "<" + a.Name + ">"
}
