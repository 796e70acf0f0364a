package main

import (
	"context"
	"fmt"

	"github.com/factdesk/factdesk/facts"
)

// kbApproveCmd is "factdesk kb approve".
type kbApproveCmd struct{}

func (kbApproveCmd) usage() usage {
	return usage{name: "kb approve", args: "[--db PATH] ID",
		summary: "let a pending fact answer, or close a fact's flags after review"}
}

func (c kbApproveCmd) run(ctx context.Context, m *Main, args []string) error {
	kb, id, _, err := factCommand(ctx, m, c, args, "", "")
	if err != nil {
		return err
	}
	defer kb.Close()
	f, err := kb.Approve(ctx, actor(), id)
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Approved %s: it answers questions; its open flags are closed.\n", f.FullID())
	if f.Supersedes != "" {
		fmt.Fprintf(m.Stdout, "It corrects %s, which no longer answers.\n", facts.SupersededID(f))
	}
	return nil
}
