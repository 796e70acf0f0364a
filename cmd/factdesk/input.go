package main

import (
	"context"
	"fmt"
	"io"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/storyfile"
)

// readInput reads a file named in args, or stdin for "-" or no name. A named
// file is read only if it is a regular file within facts.MaxFileSize: a named
// pipe or /dev/zero gets one line saying so, not a hang or an exhausted memory.
func (m *Main) readInput(ctx context.Context, args []string) (facts.ImportInput, error) {
	if len(args) == 0 || args[0] == "-" {
		data, err := io.ReadAll(io.LimitReader(m.Stdin, facts.MaxFileSize+1))
		if err != nil {
			return facts.ImportInput{}, fmt.Errorf("read stdin: %w", err)
		}
		return facts.ImportInput{Name: "stdin", Data: data}, nil
	}
	data, err := storyfile.ReadFile(ctx, args[0])
	if err != nil {
		return facts.ImportInput{}, err
	}
	return facts.ImportInput{Name: args[0], Data: data}, nil
}

// readDraft reads the passage from a file or, for "-", standard input, refusing
// more than the check accepts before reading it all. A named file is read as
// readInput reads one: regular files only.
func (m *Main) readDraft(ctx context.Context, name string) (string, error) {
	tooLarge := usageErrorf("%s: the passage is over the %d-byte limit; check it in parts", displayName(name), facts.MaxDraftLen)
	if name != "-" {
		data, err := storyfile.ReadFile(ctx, name)
		switch {
		case facts.ErrorCode(err) == facts.ETOOLARGE || len(data) > facts.MaxDraftLen:
			return "", tooLarge
		case err != nil:
			return "", err
		}
		return string(data), nil
	}
	data, err := io.ReadAll(io.LimitReader(m.Stdin, facts.MaxDraftLen+1))
	if err != nil {
		return "", usageErrorf("%s: cannot read: %v", displayName(name), err)
	}
	if len(data) > facts.MaxDraftLen {
		return "", tooLarge
	}
	return string(data), nil
}

func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}
