package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
)

// kbGapsCmd is "factdesk kb gaps": the questions nobody could answer.
type kbGapsCmd struct{}

func (kbGapsCmd) usage() usage {
	return usage{name: "kb gaps", args: "[--db PATH] [--since 7d|DATE] [--all] [--limit N] [--json]",
		summary: "questions nobody could answer, grouped by wording and counted, with the nearest facts"}
}

func (c kbGapsCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	since := fs.String("since", "", "only questions asked since `WHEN`: a duration back from now (24h, 7d, 2w) or a date (2024-06-01)")
	all := fs.Bool("all", false, "also dismissed groups, and those whose question is answered now")
	limit := fs.Int("limit", 50, "at most `N` groups, most asked first (0: all; each costs an answer, about 4 ms)")
	asJSON := fs.Bool("json", false, "print JSON, as GET /api/v1/gaps does")
	if rest, err := parseFlags(fs, args); err != nil {
		return err
	} else if len(rest) > 0 {
		return misuse(fs, "takes no arguments (to dismiss a group: factdesk kb gaps dismiss KEY)")
	}
	if *limit < 0 {
		return misuse(fs, "--limit must be 0 (all) or more")
	}
	f := facts.GapFilter{All: *all, Limit: *limit}
	if *since != "" {
		t, err := facts.ParseSince(*since, time.Now())
		if err != nil {
			return misuse(fs, "--since: %v", err)
		}
		f.Since = t
	}
	kb, err := m.openExistingKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	list, err := kb.Gaps(ctx, f)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(list)
	}
	printGaps(m.Stdout, list, f)
	return nil
}

// printGaps writes the groups for a terminal, most asked first: the count and
// question, then the key, when and where, the other wordings and the nearest
// facts; and a line saying how many, over what period.
func printGaps(w io.Writer, list facts.GapList, f facts.GapFilter) {
	period := ""
	if !f.Since.IsZero() {
		period = " since " + f.Since.UTC().Format(time.RFC3339)
	}
	if len(list.Groups) == 0 {
		fmt.Fprintf(w, "No unanswered questions%s.\n", period)
		return
	}
	asked := 0
	for _, g := range list.Groups {
		asked += g.Count
		fmt.Fprintf(w, "%4d  %s\n", g.Count, g.Question)
		var marks []string
		if g.DismissedAt != "" {
			marks = append(marks, "dismissed "+g.DismissedAt)
		}
		if g.Answered {
			marks = append(marks, "answered now")
		}
		note := ""
		if len(marks) > 0 {
			note = " (" + strings.Join(marks, ", ") + ")"
		}
		fmt.Fprintf(w, "      key %s, last asked %s, via %s%s\n", g.Key, g.LastAsked, strings.Join(g.Surfaces, ", "), note)
		for _, q := range g.Wordings {
			fmt.Fprintf(w, "      also: %s\n", q)
		}
		if len(g.Askers) > 0 {
			fmt.Fprintf(w, "      asked by: %s\n", strings.Join(g.Askers, ", "))
		}
		for _, n := range g.Nearest {
			fmt.Fprintf(w, "      nearest %s: %s\n", n.ID, n.Statement)
		}
	}
	more := ""
	if list.More {
		more = fmt.Sprintf("; more beyond --limit %d", f.Limit)
	}
	fmt.Fprintf(w, "\n%d group(s), %d question(s)%s%s. Dismiss a group with: factdesk kb gaps dismiss KEY\n", len(list.Groups), asked, period, more)
}

// kbGapsDismissCmd is "factdesk kb gaps dismiss KEY".
type kbGapsDismissCmd struct{}

func (kbGapsDismissCmd) usage() usage {
	return usage{name: "kb gaps dismiss", args: "[--db PATH] [--json] KEY",
		summary: "hide a group of unanswered questions until one of them is asked again"}
}

func (c kbGapsDismissCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	asJSON := fs.Bool("json", false, "print the dismissed group as JSON")
	key, err := oneArg(fs, args, "needs the key of one group, as kb gaps lists it")
	if err != nil {
		return err
	}
	kb, err := m.openExistingKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	a := actor()
	a.Surface = "cli"
	g, err := kb.DismissGap(ctx, a, key)
	if err != nil {
		return err
	}
	if *asJSON {
		return json.NewEncoder(m.Stdout).Encode(map[string]facts.GapGroup{"dismissed": g})
	}
	fmt.Fprintf(m.Stdout, "Dismissed %q (%d question(s), %d wording(s)): hidden until asked again.\n", g.Question, g.Count, len(g.Keys))
	return nil
}

// recordGap records a question factdesk ask could not answer (ask --record),
// with the terminal's user only when FACTDESK_LOG_ASKERS=1. A failure to
// record is logged and does not fail the answer.
func (m *Main) recordGap(ctx context.Context, kb *sqlite.KB, question string) {
	l := bot.NewGapLog(kb, bot.GapLogOptions{LogAskers: m.Config.LogAskers, Logger: m.Logger})
	defer l.Close()
	if err := l.RecordGap(ctx, facts.Gap{Question: question, Surface: "cli", Asker: actor().Name}); err != nil {
		m.Logger.Warn("unanswered question not recorded", "err", err)
	}
}
