package bot

import (
	"fmt"
	"strings"

	"github.com/factdesk/factdesk/facts"
)

// Verdicts an item of a draft check carries (Item.Verdict), as facts names
// them, so adapters need not import facts to style them.
const (
	VerdictContradicted = facts.Contradicted
	VerdictUnsupported  = facts.Unsupported
)

// Outcomes of a draft check, worst first: what an adapter styles a
// KindFindings reply by (Reply.Outcome).
const (
	OutcomeContradicted = "contradicted" // at least one claim is contradicted
	OutcomeUnsupported  = "unsupported"  // none contradicted, but some no fact backs
	OutcomeAgrees       = "agrees"       // claims compared, none contradicted or unbacked
	OutcomePartial      = "partial"      // none contradicted or unbacked, but part of the passage left unchecked
	OutcomeNothing      = "nothing"      // nothing the knowledge base speaks to
)

// NothingCheckableText is what a draft check says of a passage holding nothing
// the knowledge base speaks to ("The sky is blue."): not an all-clear.
const NothingCheckableText = "Nothing in this passage could be checked against the knowledge base."

// FindingsReply turns a draft check into a reply: the contradicted claims
// first, then the claims no fact backs, each an item with its verdict. Claims
// a fact backs are counted in the text, not listed: too long for chat.
func FindingsReply(res facts.CheckResult) Reply {
	rep := Reply{Kind: KindFindings, Text: CheckSummary(res), NothingCheckable: res.NothingCheckable(), Partial: res.Unchecked > 0}
	for _, f := range res.Findings {
		it := Item{Title: fmt.Sprintf("%s: \u201c%s\u201d", f.Kind, f.Text), Text: f.Message, Verdict: VerdictContradicted}
		if f.Expected != "" {
			it.Text += " Expected: " + f.Expected
		}
		if f.Source != nil {
			it.Source = citation(*f.Source)
		}
		rep.Items = append(rep.Items, it)
	}
	for _, f := range res.Unsupported {
		rep.Items = append(rep.Items, Item{Title: fmt.Sprintf("Not backed: \u201c%s\u201d", f.Text), Text: f.Message, Verdict: VerdictUnsupported})
	}
	return rep
}

// CheckSummary is the one sentence every surface opens a draft check with:
// how many claims are contradicted, agree with the knowledge base, or have no
// fact behind them; or that nothing could be checked at all.
//
//	2 problems found in 5 claims compared; 2 agree with the knowledge base; 1 not backed by any fact.
//	No contradictions: 4 claims agree with the knowledge base; 1 not backed by any fact.
//	No contradictions found, but 1 claim is not backed by any fact.
//	Nothing in this passage could be checked against the knowledge base.
func CheckSummary(res facts.CheckResult) string {
	if note := UncheckedNote(res); note != "" {
		return checkSummary(res) + " " + note
	}
	return checkSummary(res)
}

// UncheckedNote says what a check left unchecked when its budget ran out, ""
// when it checked every claim: the passage from there on must be checked on
// its own, and no surface may let the summary pass for the whole passage's.
//
//	Only part of the passage was checked: 12 claims from character 3,412 on were not compared (too much to compare at once). Check the rest on its own.
func UncheckedNote(res facts.CheckResult) string {
	if res.Unchecked <= 0 {
		return ""
	}
	return fmt.Sprintf("Only part of the passage was checked: %s from character %s on %s not compared (too much to compare at once). Check the rest on its own.",
		count(res.Unchecked, "claim"), thousands(res.UncheckedFrom+1), map[bool]string{true: "was", false: "were"}[res.Unchecked == 1])
}

// thousands writes a count with thousands separators: 3,412.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func checkSummary(res facts.CheckResult) string {
	if res.NothingCheckable() {
		return NothingCheckableText
	}
	c, u, s := len(res.Findings), len(res.Unsupported), len(res.Supported)
	var head string
	var tail []string
	switch {
	case c > 0:
		head = fmt.Sprintf("%s found in %s compared", count(c, "problem"), count(max(res.Checked, c), "claim"))
		if s > 0 {
			tail = append(tail, fmt.Sprintf("%d %s with the knowledge base", s, agree(s)))
		}
	case s > 0:
		head = fmt.Sprintf("No contradictions: %s %s with the knowledge base", count(s, "claim"), agree(s))
	case res.Checked > 0:
		head = fmt.Sprintf("No contradictions in %s compared with the knowledge base", count(res.Checked, "claim"))
	case u == 0: // the budget ran out before any claim was compared
		return "No claim was compared with the knowledge base."
	default: // only claims no fact backs
		verb := "are"
		if u == 1 {
			verb = "is"
		}
		return fmt.Sprintf("No contradictions found, but %s %s not backed by any fact.", count(u, "claim"), verb)
	}
	if u > 0 {
		tail = append(tail, fmt.Sprintf("%d not backed by any fact", u))
	}
	return strings.Join(append([]string{head}, tail...), "; ") + "."
}

// Outcome says how a draft check reply went, for adapters to colour it: by
// its items' verdicts (an item without one, from before verdicts, is a
// contradiction) and NothingCheckable. "" for any other kind of reply.
func (r Reply) Outcome() string {
	if r.Kind != KindFindings {
		return ""
	}
	unsupported := false
	for _, it := range r.Items {
		switch it.Verdict {
		case VerdictUnsupported:
			unsupported = true
		default:
			return OutcomeContradicted
		}
	}
	switch {
	case unsupported:
		return OutcomeUnsupported
	case r.Partial:
		return OutcomePartial
	case r.NothingCheckable:
		return OutcomeNothing
	}
	return OutcomeAgrees
}

// count writes a number with its noun: "1 claim", "2 claims".
func count(n int, noun string) string {
	return fmt.Sprintf("%d %s%s", n, noun, plural(n))
}

func agree(n int) string {
	if n == 1 {
		return "agrees"
	}
	return "agree"
}
