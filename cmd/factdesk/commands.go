package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
)

// command is one subcommand: how it is called and what it does, for help and
// its flags' usage, and how it runs.
type command interface {
	usage() usage
	run(ctx context.Context, m *Main, args []string) error
}

// usage describes a command.
type usage struct {
	name    string // the words that call it: "ask", "kb import"
	args    string // its flags and arguments: "[--db PATH] [--json] QUESTION..."
	summary string // what it does, in one line
	hidden  bool   // left out of help (kb synth)
}

// commands is the dispatch table: every subcommand, in the order help lists them.
var commands = []command{
	askCmd{},
	checkCmd{},
	evalCmd{},
	kbImportCmd{}, kbExportCmd{}, kbListCmd{}, kbShowCmd{},
	kbAddCmd{}, kbRetractCmd{}, kbApproveCmd{}, kbFlagCmd{}, kbPendingCmd{}, kbHistoryCmd{},
	kbCorrectionsCmd{},
	kbGapsCmd{}, kbGapsDismissCmd{},
	kbBackupCmd{}, kbRestoreCmd{}, kbDraftCmd{}, kbSynthCmd{},
	editorAddCmd{}, editorListCmd{}, editorRemoveCmd{},
	serveCmd{},
}

// lookup finds the command args call and returns its own arguments. The
// longest name wins: "kb gaps dismiss KEY" is not "kb gaps" with arguments.
func lookup(args []string) (command, []string, bool) {
	var found command
	n := 0
	for _, c := range commands {
		words := strings.Fields(c.usage().name)
		if len(words) > n && len(args) >= len(words) && slices.Equal(args[:len(words)], words) {
			found, n = c, len(words)
		}
	}
	if found == nil {
		return nil, nil, false
	}
	return found, args[n:], true
}

// group lists the commands whose name starts with prefix ("kb"), as help shows them.
func group(prefix string) []usage {
	var out []usage
	for _, c := range commands {
		if u := c.usage(); !u.hidden && strings.HasPrefix(u.name, prefix+" ") {
			out = append(out, u)
		}
	}
	return out
}

// isGroup reports whether word opens a group of commands, like kb.
func isGroup(word string) bool { return len(group(word)) > 0 }

const intro = `factdesk answers questions about your newsroom's stories from a curated knowledge base.

Usage:
`

const outro = `
The knowledge base is --db, else $FACTDESK_DB, else factdesk.db here; a new file is
created with the bundled stories (its folder must exist). Settings come from the
environment, then from a .env file here. Run "factdesk COMMAND --help" for a
command's flags.

Examples:
  factdesk ask "Who signed the statement?"
  factdesk ask --json "How many countries backed China?"
  factdesk kb import stories/
`

// printUsage writes the top-level help, generated from the dispatch table.
func printUsage(w io.Writer) {
	fmt.Fprint(w, intro)
	seen := map[string]bool{}
	for _, c := range commands {
		u := c.usage()
		if u.hidden {
			continue
		}
		first, _, grouped := strings.Cut(u.name, " ")
		switch {
		case grouped && !seen[first]:
			seen[first] = true
			var names []string
			for _, g := range group(first) {
				names = append(names, strings.TrimPrefix(g.name, first+" "))
			}
			fmt.Fprintf(w, "  factdesk %s COMMAND [flags]    %s\n", first, strings.Join(names, ", "))
		case !grouped:
			fmt.Fprintf(w, "  factdesk %s %s\n", u.name, u.args)
		}
	}
	fmt.Fprint(w, outro)
}

// printGroupUsage writes the help of a group of commands, like kb's.
func printGroupUsage(w io.Writer, prefix string) {
	fmt.Fprintf(w, "Usage: factdesk %s COMMAND [flags]\n\nCommands:\n", prefix)
	width := 10
	for _, u := range group(prefix) {
		width = max(width, len(u.name)-len(prefix)-1)
	}
	for _, u := range group(prefix) {
		fmt.Fprintf(w, "  %-*s %s\n", width, strings.TrimPrefix(u.name, prefix+" "), u.summary)
	}
	fmt.Fprintf(w, "\nRun \"factdesk %s COMMAND --help\" for a command's flags and arguments.\n", prefix)
}
