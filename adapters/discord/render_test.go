package discord

import (
	"fmt"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/factdesk/factdesk/bot"
)

func TestCut(t *testing.T) {
	for _, tt := range []struct {
		name  string
		in    string
		limit int
	}{
		{"Fits", "who signed the statement?", 100},
		{"Words", strings.Repeat("forty-three countries ", 300), 2000},
		{"NoSpaces", strings.Repeat("x", 5000), 1024},
		{"Emoji", strings.Repeat("\U0001F4F0 news ", 1000), 256}, // each newspaper counts twice
		{"Tiny", strings.Repeat("y", 50), 10},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := cut(tt.in, tt.limit)
			if size(got) > tt.limit {
				t.Errorf("size = %d, want at most %d", size(got), tt.limit)
			}
			if size(tt.in) <= tt.limit {
				if got != tt.in {
					t.Errorf("cut changed a text that fits: %q", got)
				}
				return
			}
			if tt.limit > 40 && !strings.Contains(got, "more characters)") {
				t.Errorf("cut text %q does not say how much was left out", got[max(0, len(got)-60):])
			}
		})
	}
}

func TestCut_CountsWhatIsLeftOut(t *testing.T) {
	in := strings.Repeat("a", 3000)
	got := cut(in, 2000)
	kept := strings.Count(strings.Split(got, "\u2026")[0], "a")
	if want := fmt.Sprintf("(and %d more characters)", 3000-kept); !strings.HasSuffix(got, want) {
		t.Errorf("cut ends %q, want %q", got[len(got)-40:], want)
	}
}

func TestJoinLines(t *testing.T) {
	lines := make([]string, 100)
	for i := range lines {
		lines[i] = fmt.Sprintf("Try: question number %d about the statement?", i)
	}
	got := joinLines(lines, maxFieldValue)
	if size(got) > maxFieldValue {
		t.Fatalf("size = %d, want at most %d", size(got), maxFieldValue)
	}
	kept := strings.Count(got, "Try:")
	if want := fmt.Sprintf("\u2026and %d more", 100-kept); !strings.HasSuffix(got, want) {
		t.Errorf("joined lines end %q, want %q", got[len(got)-30:], want)
	}
	if got := joinLines(lines[:3], maxFieldValue); got != strings.Join(lines[:3], "\n") {
		t.Errorf("lines that fit were changed: %q", got)
	}
}

// longReply is an answer far over every Discord limit at once.
func longReply() bot.Reply {
	rep := bot.Reply{Kind: bot.KindAnswer, Text: strings.Repeat("The joint statement was backed by 43 countries. ", 200)}
	for i := range 40 {
		rep.Items = append(rep.Items, bot.Item{
			Title:   fmt.Sprintf("story/fact-%d-", i) + strings.Repeat("t", 300),
			Text:    strings.Repeat("A long statement about the coalition. ", 60),
			Quote:   strings.Repeat("We call on China to respect human rights. ", 10),
			Speaker: "Nicolas de Riviere",
			Source:  &bot.Citation{Title: "Wire report", Publisher: "Wire", Date: "2021-10-21", URL: "https://example.org/wire"},
		})
	}
	for i := range 80 {
		rep.Notes = append(rep.Notes, fmt.Sprintf("Try: what did country %d say about the statement?", i))
	}
	return rep
}

func checkEmbedLimits(t *testing.T, e *discordgo.MessageEmbed) {
	t.Helper()
	total := size(e.Title) + size(e.Description)
	if size(e.Title) > maxEmbedTitle {
		t.Errorf("title size %d > %d", size(e.Title), maxEmbedTitle)
	}
	if size(e.Description) > maxEmbedDescription {
		t.Errorf("description size %d > %d", size(e.Description), maxEmbedDescription)
	}
	if len(e.Fields) > maxEmbedFields {
		t.Errorf("%d fields > %d", len(e.Fields), maxEmbedFields)
	}
	for _, f := range e.Fields {
		if size(f.Name) > maxFieldName || size(f.Name) == 0 {
			t.Errorf("field name size %d, want 1..%d", size(f.Name), maxFieldName)
		}
		if size(f.Value) > maxFieldValue || size(f.Value) == 0 {
			t.Errorf("field value size %d, want 1..%d", size(f.Value), maxFieldValue)
		}
		total += size(f.Name) + size(f.Value)
	}
	if e.Footer != nil {
		total += size(e.Footer.Text)
	}
	if total > maxEmbedTotal {
		t.Errorf("embed total %d > %d", total, maxEmbedTotal)
	}
}

func TestRender_OverLongAnswer(t *testing.T) {
	msg := render(longReply())
	if len(msg.Embeds) != 1 {
		t.Fatalf("want one embed, got %d", len(msg.Embeds))
	}
	e := msg.Embeds[0]
	checkEmbedLimits(t, e)
	if !strings.Contains(e.Description, "more characters)") {
		t.Errorf("description does not say it was cut")
	}
	var more, notes *discordgo.MessageEmbedField
	items := 0
	for _, f := range e.Fields {
		switch {
		case strings.HasPrefix(f.Name, "\u2026and "):
			more = f
		case f.Name == "Notes":
			notes = f
		default:
			items++
		}
	}
	if more == nil {
		t.Fatal("no field says how many facts were left out")
	}
	if want := fmt.Sprintf("\u2026and %d more", 40-items); more.Name != want {
		t.Errorf("left-out field = %q, want %q (%d shown)", more.Name, want, items)
	}
	if notes == nil || !strings.Contains(notes.Value, "more") {
		t.Errorf("notes field = %+v, want the notes cut with a count", notes)
	}
	if items == 0 {
		t.Error("no fact was shown at all")
	}
}

func TestRender_OverLongRefusal(t *testing.T) {
	msg := render(bot.Reply{Kind: bot.KindRefusal, Text: strings.Repeat("Only editors can retract facts. ", 200)})
	if size(msg.Content) > maxContent {
		t.Errorf("content size %d > %d", size(msg.Content), maxContent)
	}
	if !strings.Contains(msg.Content, "more characters)") || !msg.Ephemeral {
		t.Errorf("refusal = %q (ephemeral %v), want it cut with a count and shown only to the asker", msg.Content[len(msg.Content)-40:], msg.Ephemeral)
	}
}

// A real answer fits as it is: nothing is cut that did not need to be.
func TestRender_Answer(t *testing.T) {
	rep := bot.Reply{Kind: bot.KindAnswer, Text: "A coalition of 43 countries backed the statement.", Items: []bot.Item{{
		Title: "un-xinjiang-2021/coalition-size", Text: "A coalition of 43 countries backed the statement.",
		Quote: "We call on China", Speaker: "Nicolas de Riviere",
		Source: &bot.Citation{Title: "43 countries [wire]", Publisher: "Wire", Date: "2021-10-21", URL: "https://example.org/x"},
	}}}
	e := render(rep).Embeds[0]
	checkEmbedLimits(t, e)
	if e.URL != "https://example.org/x" || e.Description != rep.Text {
		t.Errorf("embed url %q, description %q", e.URL, e.Description)
	}
	want := "> \u201cWe call on China\u201d \u2014 Nicolas de Riviere\nSource: [43 countries (wire)](https://example.org/x), Wire, 2021-10-21"
	if len(e.Fields) != 1 || e.Fields[0].Value != want {
		t.Errorf("fields = %+v\nwant one with %q", e.Fields, want)
	}
}

// A draft check's embed is coloured by its worst verdict, lists contradictions
// before claims no fact backs, and labels the latter "Not backed".
func TestRender_DraftCheckVerdicts(t *testing.T) {
	wrong := bot.Item{Title: "number: \u201c45 countries\u201d", Text: "The knowledge base gives 43 countries. Expected: 43 countries",
		Source: &bot.Citation{Title: "Wire report", Publisher: "Wire", Date: "2021-10-21"}, Verdict: bot.VerdictContradicted}
	unbacked := bot.Item{Title: "Not backed: \u201ca pack of lies\u201d", Text: "No recorded quotation of Zhang Jun says \u201ca pack of lies\u201d.",
		Verdict: bot.VerdictUnsupported}
	tests := []struct {
		name   string
		rep    bot.Reply
		color  int
		fields []string // names, in order
	}{
		{"Contradicted", bot.Reply{Kind: bot.KindFindings, Text: "1 problem found in 2 claims compared; 1 not backed by any fact.", Items: []bot.Item{wrong, unbacked}},
			colorProblems, []string{"\u26a0\ufe0f number: \u201c45 countries\u201d", "\u2754 Not backed: \u201ca pack of lies\u201d"}},
		{"OnlyUnbacked", bot.Reply{Kind: bot.KindFindings, Text: "No contradictions found, but 1 claim is not backed by any fact.", Items: []bot.Item{unbacked}},
			colorUnbacked, []string{"\u2754 Not backed: \u201ca pack of lies\u201d"}},
		{"Agrees", bot.Reply{Kind: bot.KindFindings, Text: "No contradictions: 2 claims agree with the knowledge base."},
			colorAnswer, nil},
		{"NothingCheckable", bot.Reply{Kind: bot.KindFindings, Text: bot.NothingCheckableText, NothingCheckable: true},
			colorNothing, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msg := render(tt.rep)
			if len(msg.Embeds) != 1 {
				t.Fatalf("want one embed, got %+v", msg)
			}
			e := msg.Embeds[0]
			checkEmbedLimits(t, e)
			if e.Color != tt.color {
				t.Errorf("colour = %#06x, want %#06x", e.Color, tt.color)
			}
			if e.Title != "Draft check" || e.Description != tt.rep.Text {
				t.Errorf("embed %q / %q", e.Title, e.Description)
			}
			var names []string
			for _, f := range e.Fields {
				names = append(names, f.Name)
			}
			if strings.Join(names, "|") != strings.Join(tt.fields, "|") {
				t.Errorf("fields %q, want %q", names, tt.fields)
			}
		})
	}
	if colorUnbacked == colorProblems || colorNothing == colorAnswer || colorNothing == colorProblems {
		t.Error("the verdicts' colours are not told apart")
	}
}

// TestRender_NotFoundSaysItOnce: a reply the knowledge base cannot give says
// so once, in the engine's words, and names what it offers instead.
func TestRender_NotFoundSaysItOnce(t *testing.T) {
	for _, tt := range []struct {
		notes   []string
		heading string
	}{
		{[]string{"What is Xinjiang?", "What did the United Nations say?"}, "You could ask"},
		{[]string{"Nearest fact (s/f): The coalition had 43 countries."}, "Nearest facts"},
		{[]string{"What is Xinjiang?", "Nearest fact (s/f): The coalition had 43 countries."}, "You could ask, and the nearest facts"},
	} {
		e := embed(bot.Reply{Kind: bot.KindNotFound, Text: "That is not in the knowledge base.", Notes: tt.notes})
		all := e.Title + "\n" + e.Description
		for _, f := range e.Fields {
			all += "\n" + f.Name + "\n" + f.Value
		}
		if n := strings.Count(strings.ToLower(all), "not in the knowledge base"); n != 1 {
			t.Errorf("says \"not in the knowledge base\" %d times:\n%s", n, all)
		}
		if len(e.Fields) != 1 || e.Fields[0].Name != tt.heading {
			t.Errorf("fields %+v, want one headed %q", e.Fields, tt.heading)
		}
	}
}
