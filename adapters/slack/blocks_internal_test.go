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
		{"Findings", bot.Reply{Kind: bot.KindFindings, Text: "1 problem(s) found in 2 claim(s) compared:",
			Items: []bot.Item{{Title: "number: “45”", Text: "The coalition had 43 countries. Expected: 43", Source: &bot.Citation{Title: "Wire"}}}},
			[]string{":memo: 1 problem(s)", ":warning: *number: “45”*", "Expected: 43", ":page_facing_up: *Wire*"}, true},
		{"NoFindings", bot.Reply{Kind: bot.KindFindings, Text: "No problems found: 2 claim(s) compared with the knowledge base."},
			[]string{":white_check_mark: No problems"}, true},
		{"NotFound", bot.Reply{Kind: bot.KindNotFound, Text: "That is not in the knowledge base.", Notes: []string{"Who signed?"}},
			[]string{":mag: That is not"}, true},
		{"Refusal", bot.Reply{Kind: bot.KindRefusal, Text: "Only editors can retract facts."}, []string{":no_entry_sign: Only editors"}, false},
		{"Error", bot.Reply{Kind: bot.KindError, Text: "Name a fact."}, []string{":warning: Name a fact."}, false},
		{"Help", bot.Reply{Kind: bot.KindHelp, Text: "factdesk answers.", Items: []bot.Item{{Title: "<question>", Text: "Ask."}, {Title: "check <passage>", Text: "Check."}}},
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
