package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/factdesk/factdesk/facts"
)

// kbCorrectionsCmd is "factdesk kb corrections".
type kbCorrectionsCmd struct{}

func (kbCorrectionsCmd) usage() usage {
	return usage{name: "kb corrections", args: "[--db PATH] [--status pending|sent|failed] [--fact ID] [--limit N] [--json] | --retry [ID...]",
		summary: "corrections queued for and sent to chat conversations"}
}

func (c kbCorrectionsCmd) run(ctx context.Context, m *Main, args []string) error {
	fs := m.newFlagSet(c)
	db := fs.String("db", "", dbHelp)
	status := fs.String("status", "", "only those `pending`, sent or failed")
	fact := fs.String("fact", "", "only the corrections of the fact `ID` (story-id/fact-id)")
	limit := fs.Int("limit", 0, "at most `N` (pending first, then failed and sent, the latest first)")
	asJSON := fs.Bool("json", false, "print JSON")
	retry := fs.Bool("retry", false, "queue the failed corrections again (all, or the IDs given), after the bot was invited back to the channel, say")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	var ids []int64
	for _, a := range rest {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil || !*retry {
			return misuse(fs, "takes correction ids only with --retry")
		}
		ids = append(ids, id)
	}
	filter := facts.CorrectionFilter{Status: *status, Fact: *fact, Limit: *limit}
	if err := filter.Validate(); err != nil {
		return misuse(fs, "%s", facts.ErrorMessage(err))
	}
	kb, err := m.openExistingKB(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	if *retry {
		n, err := kb.RetryCorrections(ctx, ids...)
		if err != nil {
			return err
		}
		fmt.Fprintf(m.Stdout, "Queued %d failed correction(s) again; factdesk serve posts them within seconds.\n", n)
		return nil
	}
	list, err := kb.Corrections(ctx, filter)
	if err != nil {
		return err
	}
	counts := map[string]int{facts.CorrectionPending: 0, facts.CorrectionFailed: 0, facts.CorrectionSent: 0}
	for _, c := range list {
		counts[c.Status]++
	}
	if *asJSON {
		return json.NewEncoder(m.Stdout).Encode(struct {
			Corrections []facts.Correction `json:"corrections"`
			Counts      map[string]int     `json:"counts"`
		}{list, counts})
	}
	w := m.Stdout
	if len(list) == 0 {
		fmt.Fprintln(w, "No corrections: no fact cited in chat has been retracted or superseded.")
		return nil
	}
	fmt.Fprintf(w, "Corrections: %d pending, %d failed, %d sent.\n", counts[facts.CorrectionPending], counts[facts.CorrectionFailed], counts[facts.CorrectionSent])
	for _, c := range list {
		printCorrection(w, c)
	}
	if counts[facts.CorrectionFailed] > 0 {
		fmt.Fprintln(w, "Failed ones are not tried again; once the problem is fixed, queue them again with factdesk kb corrections --retry [ID...].")
	}
	return nil
}

// printCorrection writes one correction: where it goes, what it says, and how
// its sending stands.
func printCorrection(w io.Writer, c facts.Correction) {
	cited := "cited there " + c.AnsweredAt
	if c.ReplyTo != "" {
		cited += ", in message " + c.ReplyTo
	}
	fmt.Fprintf(w, "\n#%d %s  %s (%s)\n", c.ID, c.Status, c.Conversation, cited)
	what := c.Fact + " " + c.Kind
	if c.NewFact != "" {
		what += " by " + c.NewFact
	}
	what += ", by " + c.By + " via " + c.Surface + " at " + c.CorrectedAt
	if c.Reason != "" {
		what += ": " + c.Reason
	}
	fmt.Fprintf(w, "    %s\n    was: %s\n", what, c.Statement)
	if c.NewStatement != "" {
		fmt.Fprintf(w, "    now: %s\n", c.NewStatement)
	}
	switch c.Status {
	case facts.CorrectionSent:
		fmt.Fprintf(w, "    sent %s as %s, after %d attempt(s)\n", c.SentAt, c.SentAs, c.Attempts)
	case facts.CorrectionFailed:
		fmt.Fprintf(w, "    gave up after %d attempt(s): %s\n", c.Attempts, c.LastError)
	default:
		state := fmt.Sprintf("    queued %s; %d attempt(s) so far; next from %s", c.QueuedAt, c.Attempts, c.NextAttempt)
		if c.LastError != "" {
			state += "; last error: " + c.LastError
		}
		fmt.Fprintln(w, state)
	}
}
