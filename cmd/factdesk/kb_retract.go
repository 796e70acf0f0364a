package main

import (
	"context"
	"fmt"
)

// kbRetractCmd is "factdesk kb retract".
type kbRetractCmd struct{}

func (kbRetractCmd) usage() usage {
	return usage{name: "kb retract", args: "[--db PATH] ID --reason TEXT",
		summary: "withdraw a fact; it is kept, with the reason"}
}

func (c kbRetractCmd) run(ctx context.Context, m *Main, args []string) error {
	kb, id, reason, err := factCommand(ctx, m, c, args, "reason", "why the fact is withdrawn; kept with it")
	if err != nil {
		return err
	}
	defer kb.Close()
	f, err := kb.Retract(ctx, actor(), id, reason)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Retracted %s: it no longer answers questions. Reason: %s\n", f.FullID(), reason)
	return nil
}
