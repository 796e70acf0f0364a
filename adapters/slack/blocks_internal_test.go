package slack

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/factdesk/factdesk/bot"
)

func TestRender_Answer(t *testing.T) {
	rep := bot.Reply{Kind: bot.KindAnswer, Text: "Zhang Jun said the days of bullying are over.",
		Items: []bot.Item{{Title: "un-xinjiang-2021/zhang-bully", Text: "Zhang Jun said the days of bullying are over.",
			Quote: "The days when Western countries could bully developing countries are over", Speaker: "Zhang Jun",
			Source: &bot.Citation{Title: "43 countries <denounce> China", Publisher: "Wire & Co", Date: "2021-10-21", URL: "https://example.org/a|b"}}},
		Notes: []string{"Try: who is Zhang Jun?"}}
	js := encode(t, render(rep, renderOptions{share: "what did Zhang say?"}))
	for _, want := range []string{
		`"type":"rich_text_quote"`, `"text":"“The days when Western countries could bully developing countries are over”"`,
		`"text":" — Zhang Jun","style":{"italic":true}`,
		`*43 countries &lt;denounce&gt; China* · Wire &amp; Co · 2021-10-21 · <https://example.org/a%7Cb|link> · ` + "`un-xinjiang-2021/zhang-bully`",
		`"action_id":"factdesk_share"`, `"value":"what did Zhang say?"`, `Try: who is Zhang Jun?`,
	} {
		if !strings.Contains(js, want) {
			t.Errorf("rendered answer lacks %s\n%s", want, js)
		}
	}
	if strings.Count(js, "Zhang Jun said the days") != 2 { // text and head section, not repeated per fact
		t.Errorf("the statement the answer already says is repeated:\n%s", js)
	}
}

func TestRender_Budget(t *testing.T) {
	for _, tc := range []struct {
		name  string
		items int
		text  int
	}{
		{"ManySmall", 500, 20},
		{"FewHuge", 30, 5000},
		{"JustOver50Blocks", 30, 10},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rep := bot.Reply{Kind: bot.KindAnswer, Text: "head", Notes: []string{"note"}}
			for i := range tc.items {
				rep.Items = append(rep.Items, bot.Item{Title: fmt.Sprintf("s/f-%d", i), Text: strings.Repeat("x", tc.text),
					Quote: "q", Speaker: "S", Source: &bot.Citation{Title: "T"}})
			}
			m := render(rep, renderOptions{share: "everything"})
			js := encode(t, m)
			if len(js) >= budget+1000 {
				t.Errorf("message is %d bytes, budget %d", len(js), budget)
			}
			if len(m.Blocks) > maxBlocks {
				t.Errorf("message has %d blocks, Slack allows %d", len(m.Blocks), maxBlocks)
			}
			if !strings.Contains(js, "more facts not shown") {
				t.Errorf("cut answer does not say how many more")
			}
			if !strings.Contains(js, "factdesk_share") || !strings.Contains(js, "note") {
				t.Errorf("the cut dropped the notes or the share button")
			}
		})
	}
}

func TestRender_Kinds(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rep   bot.Reply
		want  []string
		share bool
	}{
		{"Findings", bot.Reply{Kind: bot.KindFindings, Text: "1 problem found in 2 claims compared.",
			Items: []bot.Item{{Title: "number: “45”", Text: "The coalition had 43 countries. Expected: 43", Source: &bot.Citation{Title: "Wire"}, Verdict: bot.VerdictContradicted}}},
			[]string{":memo: 1 problem", ":warning: *number: “45”*", "Expected: 43", ":page_facing_up: *Wire*"}, true},
		{"NoContradictions", bot.Reply{Kind: bot.KindFindings, Text: "No contradictions: 2 claims agree with the knowledge base."},
			[]string{":white_check_mark: No contradictions"}, true},
		{"NotFound", bot.Reply{Kind: bot.KindNotFound, Text: "That is not in the knowledge base.", Notes: []string{"Who signed?"}},
			[]string{":mag: That is not"}, true},
		{"Refusal", bot.Reply{Kind: bot.KindRefusal, Text: "Only editors can retract facts."}, []string{":no_entry_sign: Only editors"}, false},
		{"Error", bot.Reply{Kind: bot.KindError, Text: "Name a fact."}, []string{":warning: Name a fact."}, false},
		{"Help", bot.Reply{Kind: bot.KindHelp, Text: "factdesk answers.", Items: []bot.Item{{Title: "/fact <question>", Text: "Ask."}, {Title: "/fact check <passage>", Text: "Check."}}},
			[]string{"*/fact &lt;question&gt;*\\nAsk.", "*/fact check &lt;passage&gt;*\\nCheck."}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			js := encode(t, render(tc.rep, renderOptions{share: "x"}))
			for _, w := range tc.want {
				if !strings.Contains(js, w) {
					t.Errorf("lacks %q:\n%s", w, js)
				}
			}
			if got := strings.Contains(js, "factdesk_share"); got != tc.share {
				t.Errorf("share button = %v, want %v", got, tc.share)
			}
		})
	}
}

// TestRender_Verdicts renders draft checks as a reader sees them in Slack: a
// contradiction as a warning section, a claim no fact backs as grey context
// text with a neutral marker, and no green tick unless claims were compared.
func TestRender_Verdicts(t *testing.T) {
	wrong := bot.Item{Title: "number: “45 countries”", Text: "The knowledge base gives 43 countries. Expected: 43 countries",
		Source: &bot.Citation{Title: "Wire"}, Verdict: bot.VerdictContradicted}
	unbacked := bot.Item{Title: "Not backed: “a pack of lies”", Text: "No recorded quotation of Zhang Jun says “a pack of lies”.",
		Verdict: bot.VerdictUnsupported}
	tests := []struct {
		name string
		rep  bot.Reply
		want []shown // the blocks after the head, in order
		head string
	}{
		{"ContradictedThenUnbacked",
			bot.Reply{Kind: bot.KindFindings, Text: "1 problem found in 3 claims compared; 1 agrees with the knowledge base; 1 not backed by any fact.", Items: []bot.Item{wrong, unbacked}},
			[]shown{
				{"section", ":warning: *number: “45 countries”*\nThe knowledge base gives 43 countries. Expected: 43 countries"},
				{"context", ":page_facing_up: *Wire*"},
				{"context", ":grey_question: Not backed: “a pack of lies”\nNo recorded quotation of Zhang Jun says “a pack of lies”."},
			}, ":memo: 1 problem found"},
		{"OnlyUnbacked",
			bot.Reply{Kind: bot.KindFindings, Text: "No contradictions found, but 1 claim is not backed by any fact.", Items: []bot.Item{unbacked}},
			[]shown{{"context", ":grey_question: Not backed: “a pack of lies”\nNo recorded quotation of Zhang Jun says “a pack of lies”."}},
			":grey_question: No contradictions found, but 1 claim"},
		{"NothingCheckable",
			bot.Reply{Kind: bot.KindFindings, Text: "Nothing in this passage could be checked against the knowledge base.", NothingCheckable: true},
			nil, ":mag: Nothing in this passage could be checked"},
		{"Agrees",
			bot.Reply{Kind: bot.KindFindings, Text: "No contradictions: 4 claims agree with the knowledge base."},
			nil, ":white_check_mark: No contradictions: 4 claims agree"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := render(tt.rep, renderOptions{share: "check x"})
			got := blocksShown(t, m)
			if len(got) == 0 || got[0].kind != "section" || !strings.HasPrefix(got[0].text, tt.head) {
				t.Fatalf("head = %+v, want a section starting %q", got, tt.head)
			}
			got = got[1:]
			if n := len(got); n > 0 && got[n-1].kind == "actions" {
				got = got[:n-1] // the share button
			}
			if len(got) != len(tt.want) {
				t.Fatalf("blocks after the head:\n%+v\nwant\n%+v", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("block %d = %+v\nwant      %+v", i, got[i], tt.want[i])
				}
			}
			js := encode(t, m)
			if tt.rep.Outcome() != bot.OutcomeAgrees && strings.Contains(js, ":white_check_mark:") {
				t.Errorf("green tick on a check that is not an all-clear:\n%s", js)
			}
			if strings.Contains(js, ":warning:") != (tt.rep.Outcome() == bot.OutcomeContradicted) {
				t.Errorf("warning sign shown = %v for outcome %s:\n%s", strings.Contains(js, ":warning:"), tt.rep.Outcome(), js)
			}
		})
	}
}

// shown is one block as Slack shows it: its type and its text.
type shown struct{ kind, text string }

// blocksShown decodes a rendered message as Slack receives it.
func blocksShown(t *testing.T, m message) []shown {
	t.Helper()
	var wire struct {
		Blocks []struct {
			Type     string                 `json:"type"`
			Text     *struct{ Text string } `json:"text"`
			Elements []map[string]any       `json:"elements"`
		} `json:"blocks"`
	}
	if err := json.Unmarshal([]byte(encode(t, m)), &wire); err != nil {
		t.Fatal(err)
	}
	var out []shown
	for _, b := range wire.Blocks {
		s := shown{kind: b.Type}
		switch {
		case b.Text != nil:
			s.text = b.Text.Text
		case b.Type == "context" && len(b.Elements) > 0:
			s.text, _ = b.Elements[0]["text"].(string)
		}
		out = append(out, s)
	}
	return out
}

func encode(t *testing.T, m message) string {
	t.Helper()
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(m); err != nil {
		t.Fatal(err)
	}
	// Blocks marshal themselves with HTML escaping; undo it to compare with what
	// Slack reads.
	return strings.NewReplacer(`\u0026`, "&", `\u003c`, "<", `\u003e`, ">").Replace(b.String())
}
