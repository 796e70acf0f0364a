package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

// checkCmd is "factdesk check".
type checkCmd struct{}

func (checkCmd) usage() usage {
	return usage{name: "check", args: "[--db PATH] [--story ID] [--json] [--strict] [FILE|-]",
		summary: "check a draft passage: each claim is contradicted, supported or not backed by any fact; exit 1 on a contradiction (--strict: or a claim not backed)"}
}

// run checks a draft passage from a file or standard input. It exits 1 when a
// claim is contradicted (with --strict, also when one is not backed by any
// fact), so it can gate a publishing pipeline, and 2 on bad input.
func (c checkCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	story := fs.String("story", "", "only compare with the facts of the story with this `ID`")
	asJSON := fs.Bool("json", false, "print the whole result as JSON: findings (contradicted), unsupported, supported, checked")
	strict := fs.Bool("strict", false, "also exit 1 when a claim names a known person or thing but no fact backs it")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 1 {
		return misuse(fs, "takes one file (or - for standard input), not %d", len(pos))
	}
	name := "-"
	if len(pos) == 1 {
		name = pos[0]
	}
	text, err := m.readDraft(ctx, name)
	if err != nil {
		return err
	}
	kb, err := m.openKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	res, err := kb.Check(ctx, text, facts.CheckOptions{Story: *story})
	if err != nil {
		if code := facts.ErrorCode(err); code == facts.EINVALID || code == facts.ETOOLARGE {
			return usageErrorf("%s: %s", displayName(name), facts.ErrorMessage(err))
		}
		return err
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(res); err != nil {
			return fmt.Errorf("write findings: %w", err)
		}
	} else {
		printFindings(m.Stdout, displayName(name), text, res)
	}
	if len(res.Findings) > 0 || *strict && len(res.Unsupported) > 0 {
		return errFindings
	}
	return nil
}

// printFindings writes contradictions as a compiler writes errors: where, what,
// the line with the span underlined, what the knowledge base holds and its
// source. Claims no fact backs follow, set apart and shorter, and last the
// summary every surface gives, counting the claims a fact backs.
func printFindings(w io.Writer, name, text string, res facts.CheckResult) {
	rs := []rune(text)
	for _, f := range res.Findings {
		line, col, lineText, lineStart := locate(rs, f.Start)
		fmt.Fprintf(w, "%s:%d:%d: %s: %q\n", name, line, col, f.Kind, f.Text)
		excerpt, at := window(lineText, f.Start-lineStart, 100)
		width := max(1, min(f.End-f.Start, utf8.RuneCountInString(excerpt)-at))
		fmt.Fprintf(w, "    %s\n    %s%s\n", excerpt, strings.Repeat(" ", at), strings.Repeat("^", width))
		if f.Expected != "" {
			fmt.Fprintf(w, "    expected: %s\n", f.Expected)
		}
		fmt.Fprintf(w, "    %s\n", f.Message)
		if f.Source != nil {
			fmt.Fprintf(w, "    source: %s\n", citation(*f.Source))
		}
		if f.FactID != "" {
			fmt.Fprintf(w, "    fact: %s\n", f.FactID)
		}
		fmt.Fprintln(w)
	}
	if len(res.Unsupported) > 0 {
		fmt.Fprintln(w, "Not backed by any fact (the knowledge base may simply not hold these; confirm them elsewhere):")
		for _, f := range res.Unsupported {
			line, col, _, _ := locate(rs, f.Start)
			fmt.Fprintf(w, "  %s:%d:%d: %s: %q\n      %s\n", name, line, col, f.Kind, f.Text, f.Message)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, bot.CheckSummary(res))
}

// locate returns the 1-based line and column of rune offset at, the line's text
// and the offset where the line starts.
func locate(rs []rune, at int) (line, col int, text string, start int) {
	line, start = 1, 0
	for i := 0; i < at && i < len(rs); i++ {
		if rs[i] == '\n' {
			line++
			start = i + 1
		}
	}
	end := start
	for end < len(rs) && rs[end] != '\n' {
		end++
	}
	return line, at - start + 1, string(rs[start:end]), start
}

// window cuts a long line to about width runes around offset at, returning the
// excerpt and where at falls in it.
func window(line string, at, width int) (string, int) {
	rs := []rune(line)
	if len(rs) <= width {
		return line, at
	}
	from := max(0, at-width/3)
	to := min(len(rs), from+width)
	prefix, suffix := "", ""
	if from > 0 {
		prefix = "\u2026"
	}
	if to < len(rs) {
		suffix = "\u2026"
	}
	return prefix + string(rs[from:to]) + suffix, at - from + utf8.RuneCountInString(prefix)
}
