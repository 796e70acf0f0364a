package main

import (
	"context"
	"fmt"
)

// kbFlagCmd is "factdesk kb flag".
type kbFlagCmd struct{}

func (kbFlagCmd) usage() usage {
	return usage{name: "kb flag", args: "[--db PATH] ID --note TEXT",
		summary: "ask an editor to review a fact"}
}

func (c kbFlagCmd) run(ctx context.Context, m *Main, args []string) error {
	kb, id, note, err := factCommand(ctx, m, c, args, "note", "what is wrong with the fact, for the editor")
	if err != nil {
		return err
	}
	defer kb.Close()
	fl, err := kb.Flag(ctx, actor(), id, note)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Flagged %s for review (flag %d). It answers until an editor decides.\n", fl.Fact, fl.ID)
	return nil
}
