package main

import (
	"context"
	"encoding/json"
	"fmt"
)

// kbPendingCmd is "factdesk kb pending".
type kbPendingCmd struct{}

func (kbPendingCmd) usage() usage {
	return usage{name: "kb pending", args: "[--db PATH] [--json]",
		summary: "facts awaiting approval and open flags"}
}

func (c kbPendingCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	asJSON := fs.Bool("json", false, "print JSON")
	if err := noArgs(fs, args); err != nil {
		return err
	}
	kb, err := m.openExistingKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	rev, err := kb.Review(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(m.Stdout).Encode(rev)
	}
	w := m.Stdout
	if len(rev.Pending) == 0 && len(rev.Flags) == 0 {
		fmt.Fprintln(w, "Nothing awaits review: no pending facts, no open flags.")
		return nil
	}
	fmt.Fprintf(w, "Pending facts (%d):\n", len(rev.Pending))
	for _, p := range rev.Pending {
		fmt.Fprintf(w, "  %s: %s\n", p.FullID(), p.Statement)
		if p.Quote != "" {
			fmt.Fprintf(w, "      \u201c%s\u201d \u2014 %s\n", p.Quote, p.Speaker)
		}
		if p.At != "" {
			fmt.Fprintf(w, "      last changed %s by %s via %s\n", p.At, p.Actor, p.Surface)
		}
	}
	fmt.Fprintf(w, "Open flags (%d):\n", len(rev.Flags))
	for _, fl := range rev.Flags {
		fmt.Fprintf(w, "  flag %d on %s, by %s via %s at %s:\n      %s\n", fl.ID, fl.Fact, fl.Actor, fl.Surface, fl.At, fl.Note)
		if fl.Statement != "" {
			fmt.Fprintf(w, "      fact: %s\n", fl.Statement)
		}
	}
	fmt.Fprintln(w, "Approve with factdesk kb approve ID; retract with factdesk kb retract ID --reason TEXT.")
	return nil
}
