package main

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"text/tabwriter"

	"github.com/factdesk/factdesk/facts"
)

// kbListCmd is "factdesk kb list".
type kbListCmd struct{}

func (kbListCmd) usage() usage {
	return usage{name: "kb list", args: "[--db PATH] [--json]",
		summary: "list the stories, newest first, with their facts counted by status"}
}

// listedStory is a story in kb list: its facts counted by status.
type listedStory struct {
	facts.StoryInfo
	Retracted int `json:"retracted"`
}

func (c kbListCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	asJSON := fs.Bool("json", false, "print JSON: each story with its facts, approved, pending and retracted counts")
	if err := noArgs(fs, args); err != nil {
		return err
	}
	kb, err := m.openKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	infos, err := kb.Stories(ctx)
	if err != nil {
		return err
	}
	stories := make([]listedStory, 0, len(infos))
	var total listedStory
	for _, s := range infos {
		ls := listedStory{StoryInfo: s, Retracted: s.Facts - s.Approved - s.Pending}
		stories = append(stories, ls)
		total.Facts += ls.Facts
		total.Approved += ls.Approved
		total.Pending += ls.Pending
		total.Retracted += ls.Retracted
	}
	// Newest first; stories of one day by id.
	slices.SortStableFunc(stories, func(a, b listedStory) int {
		return cmp.Or(cmp.Compare(b.Date, a.Date), cmp.Compare(a.ID, b.ID))
	})
	if *asJSON {
		return json.NewEncoder(m.Stdout).Encode(stories)
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "STORY\tDATE\tAPPROVED\tPENDING\tRETRACTED\tTITLE")
	for _, s := range stories {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%s\n", s.ID, s.Date, s.Approved, s.Pending, s.Retracted, s.Title)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "%d story(ies), %d fact(s): %d approved, %d pending, %d retracted.\n",
		len(stories), total.Facts, total.Approved, total.Pending, total.Retracted)
	return nil
}
