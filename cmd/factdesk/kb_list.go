package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"
)

// kbListCmd is "factdesk kb list".
type kbListCmd struct{}

func (kbListCmd) usage() usage {
	return usage{name: "kb list", args: "[--db PATH] [--json]",
		summary: "list the stories"}
}

func (c kbListCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	asJSON := fs.Bool("json", false, "print JSON")
	if _, err := parseInterspersed(fs, args); err != nil {
		return err
	}
	kb, err := m.openKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	stories, err := kb.Stories(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(m.Stdout).Encode(stories)
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STORY\tDATE\tFACTS\tPENDING\tTITLE")
	for _, s := range stories {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%s\n", s.ID, s.Date, s.Approved, s.Pending, s.Title)
	}
	return tw.Flush()
}
