package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/factdesk/factdesk/facts"
)

// historyChange is a history entry for JSON output: old and new values as JSON
// objects rather than strings holding JSON.
type historyChange struct {
	ID      int64           `json:"id"`
	At      string          `json:"at"`
	Actor   string          `json:"actor"`
	Surface string          `json:"surface"`
	Action  string          `json:"action"`
	Target  string          `json:"target"`
	Old     json.RawMessage `json:"old,omitempty"`
	New     json.RawMessage `json:"new,omitempty"`
	Note    string          `json:"note,omitempty"`
}

// kbHistoryCmd is "factdesk kb history".
type kbHistoryCmd struct{}

func (kbHistoryCmd) usage() usage {
	return usage{name: "kb history", args: "[--db PATH] [--json] STORY-ID/FACT-ID|STORY-ID|entity:ID",
		summary: "every change to a fact, a story, or entity:ID"}
}

func (c kbHistoryCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	asJSON := fs.Bool("json", false, "print JSON")
	arg, err := oneArg(fs, args, "kb history needs one fact id, story id or entity:ID")
	if err != nil {
		return err
	}
	kb, err := m.openExistingKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	id := arg
	changes, err := kb.History(ctx, id)
	if err != nil {
		return err
	}
	var status *facts.FactStatus
	if strings.Contains(id, "/") {
		if st, err := kb.Status(ctx, id); err == nil {
			status = &st
		} else if facts.ErrorCode(err) != facts.ENOTFOUND {
			return err
		}
	}
	if *asJSON {
		out := struct {
			ID      string            `json:"id"`
			Status  *facts.FactStatus `json:"status,omitempty"`
			Changes []historyChange   `json:"changes"`
		}{ID: id, Status: status}
		for _, c := range changes {
			out.Changes = append(out.Changes, historyChange{c.ID, c.At, c.Actor, c.Surface, c.Action, c.Target, rawJSON(c.Old), rawJSON(c.New), c.Note})
		}
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	w := m.Stdout
	switch {
	case status != nil && status.Reason != "":
		fmt.Fprintf(w, "%s is %s: %s\n", id, status.Status, status.Reason)
	case status != nil && status.SupersededBy != "":
		fmt.Fprintf(w, "%s is %s but corrected by %s, which answers in its place.\n", id, status.Status, status.SupersededBy)
	case status != nil:
		fmt.Fprintf(w, "%s is %s.\n", id, status.Status)
	case strings.Contains(id, "/"):
		fmt.Fprintf(w, "%s is no longer in the knowledge base; its history:\n", id)
	}
	if status != nil && len(status.OpenFlags) > 0 {
		fmt.Fprintf(w, "%d open flag(s): see factdesk kb pending.\n", len(status.OpenFlags))
	}
	for _, c := range changes {
		printChange(w, c, !strings.Contains(id, "/"))
	}
	return nil
}

func rawJSON(s string) json.RawMessage {
	if s == "" || !json.Valid([]byte(s)) {
		return nil
	}
	return json.RawMessage(s)
}

// printChange writes one entry: when, what, who, through which surface, and the
// fields that changed with their old and new values.
func printChange(w io.Writer, c facts.Change, withTarget bool) {
	target := ""
	if withTarget {
		target = " " + c.Target
	}
	fmt.Fprintf(w, "\n%s  %s%s  by %s via %s\n", c.At, c.Action, target, c.Actor, c.Surface)
	if c.Note != "" {
		fmt.Fprintf(w, "    note: %s\n", c.Note)
	}
	old, new := decodeFields(c.Old), decodeFields(c.New)
	for _, k := range fieldOrder(old, new) {
		o, n := old[k], new[k]
		switch {
		case o == n:
		case o == "":
			fmt.Fprintf(w, "    %s: %s\n", k, n)
		case n == "" && c.New == "":
			fmt.Fprintf(w, "    %s was: %s\n", k, o)
		default:
			fmt.Fprintf(w, "    %s: %s -> %s\n", k, o, n)
		}
	}
}

// decodeFields flattens a recorded value to field -> text.
func decodeFields(s string) map[string]string {
	out := map[string]string{}
	var m map[string]any
	if json.Unmarshal([]byte(s), &m) != nil {
		return out
	}
	for k, v := range m {
		switch v := v.(type) {
		case nil:
		case string:
			if v != "" {
				out[k] = v
			}
		default:
			b, _ := json.Marshal(v)
			out[k] = string(b)
		}
	}
	return out
}

// factFieldOrder lists a fact's fields as a story file does; others follow by name.
var factFieldOrder = []string{"id", "name", "title", "statement", "subject", "predicate", "object", "value", "unit", "date", "place", "quote", "speaker", "source", "status", "supersedes", "keywords"}

func fieldOrder(a, b map[string]string) []string {
	var keys []string
	for k := range a {
		keys = append(keys, k)
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	rank := func(k string) int {
		if i := slices.Index(factFieldOrder, k); i >= 0 {
			return i
		}
		return len(factFieldOrder)
	}
	sort.Slice(keys, func(i, j int) bool {
		if rank(keys[i]) != rank(keys[j]) {
			return rank(keys[i]) < rank(keys[j])
		}
		return keys[i] < keys[j]
	})
	return keys
}
