package main

import (
	"context"
	"fmt"

	"github.com/factdesk/factdesk/facts"
	"github.com/spf13/pflag"
)

// kbRetractCmd is "factdesk kb retract".
type kbRetractCmd struct{}

func (kbRetractCmd) usage() usage {
	return usage{name: "kb retract", args: "[--db PATH] ID --reason TEXT [--no-notice]",
		summary: "withdraw a fact; it is kept, with the reason, and chat is told"}
}

func (c kbRetractCmd) run(ctx context.Context, m *Main, args []string) error {
	var noNotice *bool
	kb, id, reason, err := factCommand(ctx, m, c, args, "reason", "why the fact is withdrawn; kept with it, and said in the correction", func(fs *pflag.FlagSet) {
		noNotice = fs.Bool("no-notice", false, "post no correction in the chat conversations that were told the fact")
	})
	if err != nil {
		return err
	}
	defer kb.Close()
	res, err := kb.RetractFact(ctx, actor(), id, facts.ChangeOptions{Reason: reason, NoNotice: *noNotice})
	if err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "Retracted %s: it no longer answers questions. Reason: %s\n", res.Fact.FullID(), reason)
	fmt.Fprintln(m.Stdout, told(res.Told, *noNotice))
	return nil
}

// told says how many conversations in chat a change's correction goes to.
func told(n int, noNotice bool) string {
	if noNotice {
		return "No correction will be posted in chat (--no-notice)."
	}
	s := facts.Told(n)
	if n > 0 {
		s += " See them with factdesk kb corrections."
	}
	return s
}
