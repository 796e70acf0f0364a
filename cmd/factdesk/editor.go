package main

import (
	"context"
	"encoding/json"
	"fmt"
	"text/tabwriter"
)

// The editors of the web desk: people who sign in on the editor's page (or call
// the API) with a token printed once by "editor add". Chat editors are
// FACTDESK_EDITORS; these are the web's.

// editorAddCmd is "factdesk editor add".
type editorAddCmd struct{}

func (editorAddCmd) usage() usage {
	return usage{name: "editor add", args: "[--db PATH] NAME",
		summary: "make NAME an editor of the web desk and print their token, once"}
}

func (c editorAddCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	name, err := oneArg(fs, args, "needs the editor's name (such as ana or ana.lopez@example.org)")
	if err != nil {
		return err
	}
	kb, err := m.openExistingKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	token, err := kb.AddEditor(ctx, actor(), name)
	if err != nil {
		return err
	}
	// The token alone on stdout, so a script can capture it; the rest on stderr.
	fmt.Fprintf(m.Stderr, "factdesk: %s is an editor of the web desk. Their token follows, shown this once: factdesk keeps only its hash.\n"+
		"Give it to them privately. They sign in on the editor's page with it (Sign in), or send it from an API client as Authorization: Bearer <token>.\n", name)
	fmt.Fprintln(m.Stdout, token)
	return nil
}

// editorListCmd is "factdesk editor list".
type editorListCmd struct{}

func (editorListCmd) usage() usage {
	return usage{name: "editor list", args: "[--db PATH] [--all] [--json]",
		summary: "list the editors of the web desk"}
}

func (c editorListCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	all := fs.Bool("all", false, "also list editors who were removed")
	asJSON := fs.Bool("json", false, "print JSON")
	if err := noArgs(fs, args); err != nil {
		return err
	}
	kb, err := m.openExistingKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	eds, err := kb.Editors(ctx, *all)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(m.Stdout).Encode(map[string]any{"editors": eds})
	}
	if len(eds) == 0 {
		fmt.Fprintln(m.Stdout, "No editors of the web desk yet: add one with factdesk editor add NAME.")
		return nil
	}
	tw := tabwriter.NewWriter(m.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tADDED\tBY\tLAST SEEN\tREMOVED")
	for _, e := range eds {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", e.Name, e.CreatedAt, orDash(e.CreatedBy), orDash(e.LastSeen), orDash(e.RemovedAt))
	}
	return tw.Flush()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// editorRemoveCmd is "factdesk editor remove".
type editorRemoveCmd struct{}

func (editorRemoveCmd) usage() usage {
	return usage{name: "editor remove", args: "[--db PATH] NAME",
		summary: "take away NAME's editor rights: their token stops working and their sessions end"}
}

func (c editorRemoveCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	name, err := oneArg(fs, args, "needs the editor's name (factdesk editor list shows them)")
	if err != nil {
		return err
	}
	kb, err := m.openExistingKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	if err := kb.RemoveEditor(ctx, actor(), name); err != nil {
		return err
	}
	fmt.Fprintf(m.Stdout, "%s is no longer an editor: their token is refused and their sessions have ended.\n", name)
	return nil
}
