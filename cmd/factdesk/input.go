package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/factdesk/factdesk/facts"
)

// readInput reads a file named in args, or stdin for "-" or no name.
func (m *Main) readInput(args []string) (facts.ImportInput, error) {
	if len(args) == 0 || args[0] == "-" {
		data, err := io.ReadAll(io.LimitReader(m.Stdin, facts.MaxFileSize+1))
		if err != nil {
			return facts.ImportInput{}, fmt.Errorf("read stdin: %w", err)
		}
		return facts.ImportInput{Name: "stdin", Data: data}, nil
	}
	st, err := os.Stat(args[0])
	if err != nil || st.IsDir() {
		return facts.ImportInput{}, facts.Errorf(facts.EINVALID, "%s: no such file", args[0])
	}
	if st.Size() > facts.MaxFileSize {
		return facts.ImportInput{}, facts.Errorf(facts.ETOOLARGE, "%s: file is %d bytes, over the %d-byte limit", args[0], st.Size(), facts.MaxFileSize)
	}
	data, err := os.ReadFile(args[0])
	if err != nil {
		return facts.ImportInput{}, facts.Errorf(facts.EINVALID, "%s: cannot read: %v", args[0], err)
	}
	return facts.ImportInput{Name: args[0], Data: data}, nil
}

// readDraft reads the passage from a file or, for "-", standard input, refusing
// more than the check accepts before reading it all.
func (m *Main) readDraft(name string) (string, error) {
	var r io.Reader = m.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return "", usageErrorf("%s: no such file", name)
			}
			return "", usageErrorf("%s: cannot read: %v", name, err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, facts.MaxDraftLen+1))
	if err != nil {
		return "", usageErrorf("%s: cannot read: %v", displayName(name), err)
	}
	if len(data) > facts.MaxDraftLen {
		return "", usageErrorf("%s: the passage is over the %d-byte limit; check it in parts", displayName(name), facts.MaxDraftLen)
	}
	return string(data), nil
}

func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}
