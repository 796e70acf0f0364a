package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/bot"
	"github.com/factdesk/factdesk/facts"
)

func TestFindingsReply(t *testing.T) {
	src := &facts.Source{Title: "43 countries denounce China", Publisher: "Wire", Published: "2021-10-21"}
	wrong := facts.Finding{Kind: "number", Verdict: facts.Contradicted, Text: "45 countries", Expected: "43 countries",
		FactID: "s/coalition", Message: "The knowledge base gives 43 countries, not 45 countries.", Source: src}
	unbacked := facts.Finding{Kind: "quote", Verdict: facts.Unsupported, Text: "a pack of lies",
		Message: "No recorded quotation of Zhang Jun says \u201ca pack of lies\u201d."}
	backed := facts.Finding{Kind: "number", Verdict: facts.Supported, Text: "62 countries", FactID: "s/cuba", Source: src,
		Message: "Agrees with the knowledge base: 62 countries backed China."}

	tests := []struct {
		name    string
		res     facts.CheckResult
		text    string
		titles  []string
		verdict []string
		outcome string
	}{
		{"Contradicted", facts.CheckResult{Findings: []facts.Finding{wrong, wrong}, Unsupported: []facts.Finding{unbacked}, Supported: []facts.Finding{backed}, Checked: 5},
			"2 problems found in 5 claims compared; 1 agrees with the knowledge base; 1 not backed by any fact.",
			[]string{"number: \u201c45 countries\u201d", "number: \u201c45 countries\u201d", "Not backed: \u201ca pack of lies\u201d"},
			[]string{bot.VerdictContradicted, bot.VerdictContradicted, bot.VerdictUnsupported}, bot.OutcomeContradicted},
		{"OneContradicted", facts.CheckResult{Findings: []facts.Finding{wrong}, Checked: 1},
			"1 problem found in 1 claim compared.", []string{"number: \u201c45 countries\u201d"}, []string{bot.VerdictContradicted}, bot.OutcomeContradicted},
		{"AgreesAndUnbacked", facts.CheckResult{Unsupported: []facts.Finding{unbacked}, Supported: []facts.Finding{backed, backed, backed, backed}, Checked: 4},
			"No contradictions: 4 claims agree with the knowledge base; 1 not backed by any fact.",
			[]string{"Not backed: \u201ca pack of lies\u201d"}, []string{bot.VerdictUnsupported}, bot.OutcomeUnsupported},
		{"Agrees", facts.CheckResult{Supported: []facts.Finding{backed}, Checked: 1},
			"No contradictions: 1 claim agrees with the knowledge base.", nil, nil, bot.OutcomeAgrees},
		{"ComparedNoneBacked", facts.CheckResult{Checked: 2},
			"No contradictions in 2 claims compared with the knowledge base.", nil, nil, bot.OutcomeAgrees},
		{"OnlyUnbacked", facts.CheckResult{Unsupported: []facts.Finding{unbacked}},
			"No contradictions found, but 1 claim is not backed by any fact.",
			[]string{"Not backed: \u201ca pack of lies\u201d"}, []string{bot.VerdictUnsupported}, bot.OutcomeUnsupported},
		{"NothingCheckable", facts.CheckResult{Findings: []facts.Finding{}, Unsupported: []facts.Finding{}, Supported: []facts.Finding{}},
			"Nothing in this passage could be checked against the knowledge base.", nil, nil, bot.OutcomeNothing},
		// A check whose budget ran out says so, and where, on every surface:
		// never an all-clear for what it did not compare.
		{"ContradictedThenUnchecked", facts.CheckResult{Findings: []facts.Finding{wrong}, Checked: 3, Unchecked: 12, UncheckedFrom: 3411},
			"1 problem found in 3 claims compared. Only part of the passage was checked: 12 claims from character 3,412 on were not compared (too much to compare at once). Check the rest on its own.",
			[]string{"number: “45 countries”"}, []string{bot.VerdictContradicted}, bot.OutcomeContradicted},
		{"AgreesThenUnchecked", facts.CheckResult{Supported: []facts.Finding{backed}, Checked: 1, Unchecked: 1, UncheckedFrom: 40},
			"No contradictions: 1 claim agrees with the knowledge base. Only part of the passage was checked: 1 claim from character 41 on was not compared (too much to compare at once). Check the rest on its own.",
			nil, nil, bot.OutcomePartial},
		{"NoneCompared", facts.CheckResult{Unchecked: 2},
			"No claim was compared with the knowledge base. Only part of the passage was checked: 2 claims from character 1 on were not compared (too much to compare at once). Check the rest on its own.",
			nil, nil, bot.OutcomePartial},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := bot.FindingsReply(tt.res)
			if rep.Kind != bot.KindFindings {
				t.Errorf("kind = %q, want %q", rep.Kind, bot.KindFindings)
			}
			if rep.Text != tt.text {
				t.Errorf("text = %q\nwant   %q", rep.Text, tt.text)
			}
			if got := rep.Outcome(); got != tt.outcome {
				t.Errorf("outcome = %q, want %q", got, tt.outcome)
			}
			if len(rep.Items) != len(tt.titles) {
				t.Fatalf("%d items, want %d:\n%s", len(rep.Items), len(tt.titles), rep.PlainText())
			}
			for i, it := range rep.Items {
				if it.Title != tt.titles[i] || it.Verdict != tt.verdict[i] {
					t.Errorf("item %d = %q (%s), want %q (%s)", i, it.Title, it.Verdict, tt.titles[i], tt.verdict[i])
				}
			}
			if strings.Contains(rep.PlainText(), "Agrees with the knowledge base") {
				t.Errorf("a backed claim is listed item by item:\n%s", rep.PlainText())
			}
		})
	}

	t.Run("ContradictionCitesItsSource", func(t *testing.T) {
		it := bot.FindingsReply(facts.CheckResult{Findings: []facts.Finding{wrong}, Checked: 1}).Items[0]
		if !strings.HasSuffix(it.Text, "Expected: 43 countries") || it.Source == nil || it.Source.Title != src.Title {
			t.Errorf("item = %+v, want the expected value and the source", it)
		}
	})
}

func TestReply_OutcomeOfOtherReplies(t *testing.T) {
	if got := (bot.Reply{Kind: bot.KindAnswer, Items: []bot.Item{{Title: "s/f"}}}).Outcome(); got != "" {
		t.Errorf("an answer's outcome = %q, want none", got)
	}
	// An item built without a verdict, as before verdicts, is a contradiction.
	if got := (bot.Reply{Kind: bot.KindFindings, Items: []bot.Item{{Title: "number: \u201c45\u201d"}}}).Outcome(); got != bot.OutcomeContradicted {
		t.Errorf("outcome = %q, want %q", got, bot.OutcomeContradicted)
	}
}

// The check command end to end, over the bundled story: a passage the
// knowledge base says nothing about is never given an all-clear.
func TestBot_CheckVerdicts(t *testing.T) {
	b := newBot(t)
	tests := []struct {
		passage string
		want    string // in the reply's text
		outcome string
	}{
		{"The sky is blue.", bot.NothingCheckableText, bot.OutcomeNothing},
		{"A coalition of 45 countries denounced China's human rights record at the United Nations on Thursday.", "1 problem found", bot.OutcomeContradicted},
		{"A Cuban envoy delivered a statement on behalf of 62 countries.", "No contradictions: 1 claim agrees with the knowledge base.", bot.OutcomeAgrees},
		{`Zhang Jun said: "The criticism is a pack of lies."`, "not backed by any fact", bot.OutcomeUnsupported},
	}
	for _, tt := range tests {
		t.Run(tt.passage, func(t *testing.T) {
			rep := b.Handle(context.Background(), bot.Request{Platform: "cli", UserID: "u1", Text: "check " + tt.passage})
			if rep.Kind != bot.KindFindings || !strings.Contains(rep.Text, tt.want) || rep.Outcome() != tt.outcome {
				t.Errorf("reply %q (outcome %q) to %q, want %q in it (outcome %q):\n%s", rep.Kind, rep.Outcome(), tt.passage, tt.want, tt.outcome, rep.PlainText())
			}
			if strings.Contains(rep.Text, "No problems found") {
				t.Errorf("all-clear for %q: %s", tt.passage, rep.Text)
			}
		})
	}
}
