package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/factdesk/factdesk/facts"
)

// askCmd is "factdesk ask".
type askCmd struct{}

func (askCmd) usage() usage {
	return usage{name: "ask", args: "[--db PATH] [--story ID] [--json] [--explain] [--record] QUESTION...",
		summary: "answer a question from the knowledge base, with sources"}
}

func (c askCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	story := fs.String("story", "", "only answer from the story with this `ID`")
	asJSON := fs.Bool("json", false, "print the answer as JSON")
	explain := fs.Bool("explain", false, "also show how the question was read and scored (for curators)")
	record := fs.Bool("record", false, "record the question for kb gaps if it is not answered (off: a curator's test stays out of the list)")
	words, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	question := strings.TrimSpace(strings.Join(words, " "))
	if question == "" {
		return misuse(fs, "needs a question, for example: factdesk ask \"Who signed the statement?\"")
	}
	kb, err := m.openKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	ans, err := kb.Ask(ctx, question, facts.AskOptions{Story: *story, Explain: *explain})
	if err != nil {
		return err
	}
	if *record && !ans.Found {
		defer m.recordGap(ctx, kb, ans.Question) // once the answer is out
	}
	if *asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(ans)
	}
	printAnswer(m.Stdout, ans)
	if ans.Explain != nil {
		fmt.Fprint(m.Stderr, "\nHow the question was read and scored:\n", ans.Explain)
	}
	return nil
}

// printAnswer renders an answer for a terminal: the answer, then each fact with
// its quote and citation.
func printAnswer(w io.Writer, ans facts.Answer) {
	fmt.Fprintln(w, ans.Answer)
	for i, f := range ans.Facts {
		fmt.Fprintf(w, "\n[%d] %s\n", i+1, f.Statement)
		if f.Quote != "" {
			fmt.Fprintf(w, "    \u201c%s\u201d \u2014 %s\n", f.Quote, f.Speaker)
		}
		if f.Corrects != "" {
			fmt.Fprintf(w, "    Corrects %s\n", f.Corrects)
		}
		fmt.Fprintf(w, "    Source: %s\n", citation(f.Source))
		fmt.Fprintf(w, "    Fact: %s\n", f.ID)
	}
	if len(ans.Suggestions) > 0 {
		fmt.Fprintln(w, "\nYou could ask:")
		for _, s := range ans.Suggestions {
			fmt.Fprintf(w, "  - %s\n", s)
		}
	}
}
