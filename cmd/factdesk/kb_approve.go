package main

import (
	"context"
	"fmt"

	"github.com/factdesk/factdesk/facts"
	"github.com/spf13/pflag"
)

// kbApproveCmd is "factdesk kb approve".
type kbApproveCmd struct{}

func (kbApproveCmd) usage() usage {
	return usage{name: "kb approve", args: "[--db PATH] ID [--supersedes OLD-ID] [--reason TEXT] [--no-notice]",
		summary: "let a pending fact answer, or close a fact's flags after review"}
}

func (c kbApproveCmd) run(ctx context.Context, m *Main, args []string) error {
	var supersedes, reason *string
	var noNotice *bool
	kb, id, _, err := factCommand(ctx, m, c, args, "", "", func(fs *pflag.FlagSet) {
		supersedes = fs.String("supersedes", "", "the fact this one corrects, `OLD-ID` (story-id/fact-id), when the fact does not say so itself")
		reason = fs.String("reason", "", "`TEXT`: why the old fact was wrong, said in the correction posted in chat")
		noNotice = fs.Bool("no-notice", false, "post no correction in the chat conversations that were told the old fact")
	})
	if err != nil {
		return err
	}
	defer kb.Close()
	res, err := kb.ApproveFact(ctx, actor(), id, facts.ChangeOptions{Supersedes: *supersedes, Reason: *reason, NoNotice: *noNotice})
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Approved %s: it answers questions; its open flags are closed.\n", res.Fact.FullID())
	if old := facts.SupersededID(res.Fact); old != "" {
		fmt.Fprintf(m.Stdout, "It corrects %s, which no longer answers.\n", old)
	}
	if res.Corrects != "" {
		fmt.Fprintln(m.Stdout, told(res.Told, *noNotice))
	}
	return nil
}
