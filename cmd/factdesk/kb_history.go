package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/factdesk/factdesk/facts"
	"github.com/factdesk/factdesk/facts/sqlite"
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
	return usage{name: "kb history", args: "[--db PATH] [--since 7d|DATE] [--story ID] [--limit N] [--json] [STORY-ID/FACT-ID|STORY-ID|entity:ID]",
		summary: "changes to a fact, a story or entity:ID, or to the whole knowledge base since a time"}
}

func (c kbHistoryCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	since := fs.String("since", "", "only changes since `WHEN`: a duration back from now (30m, 24h, 7d, 2w) or a date (2024-06-01)")
	story := fs.String("story", "", "only changes to the story with this `ID` and its facts")
	limit := fs.Int("limit", 0, "only the `N` most recent of the changes (0: all)")
	asJSON := fs.Bool("json", false, "print JSON")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 1 {
		return misuse(fs, "takes at most one fact id, story id or entity:ID")
	}
	if len(rest) == 0 && *since == "" && *story == "" {
		return misuse(fs, "needs a fact id, story id or entity:ID, or --since or --story")
	}
	if *limit < 0 {
		return misuse(fs, "--limit must be 0 (all) or more")
	}
	filter := sqlite.HistoryFilter{Story: *story, Limit: *limit}
	if len(rest) == 1 {
		filter.Target = rest[0]
	}
	now := time.Now()
	if *since != "" {
		if filter.Since, err = parseSince(*since, now); err != nil {
			return misuse(fs, "--since: %v", err)
		}
	}
	kb, err := m.openExistingKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	id := filter.Target
	changes, total, err := kb.Changes(ctx, filter)
	if err != nil {
		return err
	}
	if id != "" && total == 0 && *since == "" && *story == "" {
		return facts.Errorf(facts.ENOTFOUND, "No history for %q: name a fact (story-id/fact-id), a story, or entity:ID.", id)
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
			ID      string            `json:"id,omitempty"`
			Status  *facts.FactStatus `json:"status,omitempty"`
			Total   int               `json:"total"`
			Changes []historyChange   `json:"changes"`
		}{ID: id, Status: status, Total: total, Changes: []historyChange{}}
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
	fmt.Fprintln(w)
	fmt.Fprintln(w, historySummary(changes, total, filter))
	return nil
}

// historySummary is the line under a history: how many changes, over what
// time, by how many people, and how many the limit left out.
func historySummary(changes []facts.Change, total int, f sqlite.HistoryFilter) string {
	var scope []string
	if f.Story != "" {
		scope = append(scope, "to story "+f.Story)
	}
	if !f.Since.IsZero() {
		scope = append(scope, "since "+f.Since.UTC().Format(time.RFC3339))
	}
	where := ""
	if len(scope) > 0 {
		where = " " + strings.Join(scope, " ")
	}
	if total == 0 {
		return "No changes" + where + "."
	}
	people := map[string]bool{}
	for _, c := range changes {
		people[c.Actor] = true
	}
	s := fmt.Sprintf("%d change(s)%s", total, where)
	if len(changes) < total {
		s += fmt.Sprintf("; showing the last %d (--limit)", len(changes))
	}
	return s + fmt.Sprintf(", from %s to %s, by %d person(s).", changes[0].At, changes[len(changes)-1].At, len(people))
}

// parseSince reads --since: a duration back from now ("90m", "24h", "7d", "2w";
// Go's durations with days and weeks added) or a date or time (2024-06-01,
// 2024-06-01T09:00:00Z), as kb gaps and GET /api/v1/gaps read it too.
func parseSince(s string, now time.Time) (time.Time, error) {
	return facts.ParseSince(s, now)
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
