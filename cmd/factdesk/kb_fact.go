package main

import (
	"context"
	"strings"

	"github.com/factdesk/factdesk/facts/sqlite"
)

// factCommand parses "ID [--TEXT-FLAG TEXT]" for retract, approve and flag, and
// opens the knowledge base they change.
func factCommand(ctx context.Context, m *Main, c command, args []string, textFlag, textHelp string) (*sqlite.KB, string, string, error) {
	name := c.usage().name
	fs := m.newFlagSet(c)
	var text *string
	if textFlag != "" {
		text = fs.String(textFlag, "", textHelp)
	}
	db := fs.String("db", "", dbHelp)
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return nil, "", "", err
	}
	if len(rest) != 1 {
		fs.Usage()
		return nil, "", "", usageErrorf("%s needs one fact id (story-id/fact-id)", name)
	}
	if text != nil && strings.TrimSpace(*text) == "" {
		fs.Usage()
		return nil, "", "", usageErrorf("%s needs --%s: %s", name, textFlag, textHelp)
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
