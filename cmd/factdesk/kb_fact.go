package main

import (
	"context"
	"strings"

	"github.com/factdesk/factdesk/facts/sqlite"
	"github.com/spf13/pflag"
)

// factCommand parses "ID [--TEXT-FLAG TEXT]" for retract, approve and flag, and
// opens the knowledge base they change. flags defines a command's own flags.
func factCommand(ctx context.Context, m *Main, c command, args []string, textFlag, textHelp string, flags ...func(*pflag.FlagSet)) (*sqlite.KB, string, string, error) {
	fs := m.newFlagSet(c)
	var text *string
	if textFlag != "" {
		text = fs.String(textFlag, "", "`TEXT`: "+textHelp+" (required)")
	}
	for _, f := range flags {
		f(fs)
	}
	db := fs.String("db", "", dbHelp)
	rest, err := parseFlags(fs, args)
	if err != nil {
		return nil, "", "", err
	}
	if len(rest) != 1 {
		return nil, "", "", misuse(fs, "needs one fact id (story-id/fact-id)")
	}
	if text != nil && strings.TrimSpace(*text) == "" {
		return nil, "", "", misuse(fs, "needs --%s: %s", textFlag, textHelp)
	}
	kb, err := m.openExistingKB(ctx, *db)
	if err != nil {
		return nil, "", "", err
	}
	if text == nil {
		return kb, rest[0], "", nil
	}
	return kb, rest[0], *text, nil
}
