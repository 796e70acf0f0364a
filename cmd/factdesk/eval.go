package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/factdesk/factdesk/facts/eval"
)

// evalCmd is "factdesk eval".
type evalCmd struct{}

func (evalCmd) usage() usage {
	return usage{name: "eval", args: "[--db PATH] [--json] [--verbose] FILE|DIR...",
		summary: "run a curator's questions (and drafts) against the knowledge base: exit 1 on any failure"}
}

// run asks every question of the eval files and checks every draft, prints what
// failed and why, and exits 1 on any failure: a newsroom keeps its knowledge
// base under test like code.
func (c evalCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	asJSON := fs.Bool("json", false, "print every result as JSON")
	verbose := fs.Bool("verbose", false, "list the questions that passed too")
	paths, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return misuse(fs, "needs at least one eval file or folder")
	}
	files, err := eval.Load(paths...)
	if err != nil {
		return err
	}
	kb, err := m.openKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	rep, err := eval.Run(ctx, files, kb, kb)
	if err != nil {
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			return err
		}
	} else {
		printReport(m.Stdout, rep, *verbose)
	}
	if !rep.OK() {
		return errFindings
	}
	return nil
}

// printReport writes each failure with why, then the totals.
func printReport(w io.Writer, rep eval.Report, verbose bool) {
	for _, q := range rep.Questions {
		if q.Verdict == eval.Pass && !verbose {
			continue
		}
		fmt.Fprintf(w, "%-5s %s: %s\n", strings.ToUpper(q.Verdict), q.File, q.Question.Q)
		if q.Verdict == eval.Pass {
			continue
		}
		fmt.Fprintf(w, "      %s\n", q.Why)
		if q.Answer.Found {
			fmt.Fprintf(w, "      answer: %s\n", clip(q.Answer.Answer, 200))
		}
		if e := eval.Explained(q.Answer.Explain); e != "" {
			fmt.Fprintf(w, "      read: %s\n", clip(e, 300))
		}
	}
	for _, d := range rep.Drafts {
		for _, p := range d.Missed {
			fmt.Fprintf(w, "MISS  %s: draft %s: %s %q not flagged\n", d.File, d.Draft.ID, p.Kind, p.Text)
		}
		for _, f := range d.Spurious {
			fmt.Fprintf(w, "FALSE %s: draft %s: flagged %s %q: %s\n", d.File, d.Draft.ID, f.Kind, f.Text, clip(f.Message, 160))
		}
	}
	pass, fail, wrong := rep.Counts()
	if n := len(rep.Questions); n > 0 {
		fmt.Fprintf(w, "questions: %d/%d passed (%.0f%%), %d failed, %d wrongly answered\n", pass, n, 100*float64(pass)/float64(n), fail, wrong)
	}
	if len(rep.Drafts) > 0 {
		r, p := rep.RecallPrecision()
		fmt.Fprintf(w, "drafts: %d checked, recall %.2f, precision %.2f\n", len(rep.Drafts), r, p)
	}
}

// clip shortens s to about n characters, on a word.
func clip(s string, n int) string {
	if len([]rune(s)) <= n {
		return s
	}
	r := []rune(s)[:n]
	if i := strings.LastIndexByte(string(r), ' '); i > n/2 {
		return string(r)[:i] + " \u2026"
	}
	return string(r) + "\u2026"
}
